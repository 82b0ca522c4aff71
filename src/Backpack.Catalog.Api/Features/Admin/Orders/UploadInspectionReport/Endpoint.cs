using Backpack.Catalog.Api.Features.Orders;
using Backpack.Catalog.Api.Features.Orders.Artwork;
using Backpack.Catalog.Api.Features.Orders.Inspections;
using Backpack.Catalog.Api.Infrastructure.Auth;
using Backpack.Catalog.Api.Infrastructure.Data;
using Backpack.Catalog.Api.Infrastructure.Files;
using Backpack.Catalog.Api.Infrastructure.Http;
using FastEndpoints;

namespace Backpack.Catalog.Api.Features.Admin.Orders.UploadInspectionReport;

public sealed class UploadInspectionReportEndpoint(IDbConnectionFactory connections, IFileStore files, TimeProvider clock) : Endpoint<InspectionRoute>
{
    public override void Configure()
    {
        Put("/orders/{orderId}/inspections/{round}/report");
        Group<AdminGroup>();
        // The upload reads and bounds its body itself (20 MiB of file), streaming it to disk.
        AllowFileUploads(dontAutoBindFormData: true);
        Description(b => b
            .WithName("UploadInspectionReport")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute())
            .WithSummary("Upload the inspector's report for an inspection round")
            .WithDescription("multipart/form-data with a part named file: the report, PDF, PNG or JPEG by its content, at most 20 MiB (a wrong " +
                "type is 415, a larger file 413, an empty one 400). Replaces the round's report if it had one, at most 3 uploads per round (then 409). The distributor downloads it " +
                "from GET /v1/orders/{orderId}/inspections/{round}/report. Recorded in the history as inspection_report_uploaded and " +
                "announced as order.inspection_updated. Honours If-Match (412 when stale). Answers the order.")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType), clearDefaults: true);
    }

    public override async Task HandleAsync(InspectionRoute req, CancellationToken ct)
    {
        var upload = await MultipartUpload.ReadAsync(HttpContext.Request, ArtworkLimits.MaxFileBytes, null, ct);
        if (upload.Problem is not null)
        {
            await Send.ResultAsync(upload.Problem);
            return;
        }

        using var file = upload.File!;
        await Send.ResultAsync(await InspectionChange.RunAsync(connections, req.OrderId, req.IfMatch, Caller.From(User), context => UploadAsync(context, req.Round, file, ct), ct));
    }

    private async Task<OrderStepOutcome> UploadAsync(InspectionContext context, int roundNumber, UploadedFile file, CancellationToken cancellationToken)
    {
        if (context.Rounds.FirstOrDefault(r => r.Round == roundNumber) is not { } round)
        {
            return OrderStepOutcome.Refuse(InspectionProblems.RoundNotFound(context.Order.OrderId, roundNumber));
        }

        if (round.ReportUploads >= InspectionStates.MaxReportUploads)
        {
            return OrderStepOutcome.Refuse(InspectionProblems.Conflict(context.Order,
                $"Inspection {round.Round} has had {InspectionStates.MaxReportUploads} report uploads, the most one inspection takes."));
        }

        if (file.Format is not { } format || !FileFormats.Proof.Contains(format))
        {
            return OrderStepOutcome.Refuse(ArtworkProblems.WrongFileType(file.Format, FileFormats.Proof, "an inspection report"));
        }

        await using (var content = file.OpenRead())
        {
            await files.PutAsync(file.Sha256, content, cancellationToken);
        }

        (round.ReportSha256, round.ReportFormat, round.ReportFileName, round.ReportBytes) = (file.Sha256, format.Code, file.FileName, file.Bytes);
        round.ReportUploads++;
        await InspectionStore.SaveReportAsync(context.Step.Connection, context.Step.Transaction, context.Step.Sql, round);
        var now = clock.GetUtcNow();
        if (!await context.Step.RecordAsync(DesignSteps.InspectionReportUploaded, $"Report of inspection {round.Round} uploaded ({format.Code.ToUpperInvariant()}, {file.Bytes:N0} bytes).", now))
        {
            return OrderStepOutcome.Refuse(OrderProblems.ChangedConcurrently(context.Order.OrderId));
        }

        var whole = await context.Step.ReadBackAsync();
        return new OrderStepOutcome(ETaggedJson.Of(whole.ToResponse(), whole.Order.ETag), true);
    }
}
