using Marten;
using Marten.Events.Aggregation;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Programmes.Details;

/// <summary>What a reader sees of a programme, kept up to date inline with every event.</summary>
public sealed record ProgrammeDetails(Guid Id, string Title, int Year, DateTimeOffset CreatedAt);

public sealed partial class ProgrammeDetailsProjection : SingleStreamProjection<ProgrammeDetails, Guid>
{
    public static ProgrammeDetails Create(JasperFx.Events.IEvent<ProgrammeCreated> created) =>
        new(created.Data.ProgrammeId, created.Data.Title, created.Data.Year, created.Timestamp);
}

public static class GetProgrammeEndpoint
{
    [WolverineGet("/api/programmes/{id}")]
    [Tags(ProgrammesConfiguration.ApiTag)]
    [EndpointSummary("Xem một cuộc giám sát")]
    public static async Task<Results<Ok<ProgrammeDetails>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<ProgrammeDetails>(id, cancellation) is { } details
            ? TypedResults.Ok(details)
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
