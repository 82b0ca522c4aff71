using System.ComponentModel;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.ApiKeys.RevokeApiKey;

public sealed class RevokeApiKeyInput
{
    [RouteParam]
    [Description("The key id: the part between bpk_ and the second underscore.")]
    public string KeyId { get; init; } = "";
}
