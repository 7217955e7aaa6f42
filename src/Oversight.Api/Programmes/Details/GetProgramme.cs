using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes.Deadlines;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Programmes.Details;

/// <summary>A programme as its page shows it: the record, its stage, its deadlines and what can be done now.</summary>
public sealed record ProgrammeView(
    Programme Programme,
    string StatusLabel,
    string NextStep,
    IReadOnlyList<DeadlineStatus> Deadlines,
    IReadOnlyList<ProgrammeAction> AllowedActions);

public static class ProgrammeViews
{
    public static ProgrammeView For(Programme programme, DeadlineSettings settings, DateOnly today) =>
        new(programme, ProgrammeStates.Label(programme.Status), ProgrammeStates.NextStep(programme.Status),
            ProgrammeDeadlines.For(programme, settings, today),
            [.. Enum.GetValues<ProgrammeAction>().Where(action => ProgrammeStates.Allows(action, programme.Status))]);

    public static async Task<ProgrammeView?> Load(IQuerySession session, Guid id, DeadlineSettings settings, TimeProvider clock, CancellationToken cancellation) =>
        await session.LoadAsync<Programme>(id, cancellation) is { } programme ? For(programme, settings, VietnamTime.Today(clock)) : null;
}

public static class GetProgrammeEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Xem một cuộc giám sát: hồ sơ, bước hiện tại, các hạn và thao tác được phép")]
    public static async Task<Results<Ok<ProgrammeView>, ProblemHttpResult>> Get(
        Guid id, IQuerySession session, IOptions<DeadlineSettings> settings, TimeProvider clock, CancellationToken cancellation) =>
        await ProgrammeViews.Load(session, id, await CouncilSettings.Deadlines(session, settings, cancellation), clock, cancellation) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
