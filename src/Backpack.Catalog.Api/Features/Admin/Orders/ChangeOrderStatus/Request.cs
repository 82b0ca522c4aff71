using System.ComponentModel.DataAnnotations;
using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Infrastructure.Errors;
using FluentValidation;

namespace Backpack.Catalog.Api.Features.Admin.Orders.ChangeOrderStatus;

/// <summary>Moves an order to its next status.</summary>
public sealed class ChangeOrderStatusRequest
{
    public const int MaxNoteLength = 500;

    public static ChangeOrderStatusRequest Example => new() { Status = OrderStatus.Confirmed, Note = "Deposit received." };

    /// <summary>The status to move to; only legal transitions are accepted.</summary>
    /// <example>confirmed</example>
    [Required]
    public string? Status { get; init; }

    /// <summary>Why, for the status history (at most 500 characters).</summary>
    public string? Note { get; init; }

    public sealed class Validator : AbstractValidator<ChangeOrderStatusRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Status).RequiredOneOf(OrderStatus.All).WithMessage($"status must be one of: {OrderStatus.Describe()}.");
            RuleFor(r => r.Note).MaximumLength(MaxNoteLength).WithMessage($"note must be at most {MaxNoteLength} characters.");
        }
    }
}
