using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Erp.RedriveDeadLetter;

/// <summary>What POST /v1/admin/erp/dead-letters/{messageId}/redrive binds: the message id in the route.</summary>
public sealed class RedriveDeadLetterInput
{
    [RouteParam]
    [Description("Outbox message id, e.g. msg_0193c2e4a1b27f7e8a5c3d9e0f1a2b3c.")]
    public string MessageId { get; init; } = "";
}
