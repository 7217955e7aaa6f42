using System.Security.Claims;
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

/// <summary>A programme as its page shows it: the record, its stage, its deadlines and what the caller can do now.</summary>
public sealed record ProgrammeView(
    Programme Programme,
    string StatusLabel,
    string NextStep,
    IReadOnlyList<DeadlineStatus> Deadlines,
    IReadOnlyList<ProgrammeAction> AllowedActions);

public static class ProgrammeViews
{
    public static ProgrammeView For(Programme programme, DeadlineSettings settings, DateOnly today, Actor actor) =>
        new(programme, Labels.Of(programme.Status), ProgrammeStates.NextStep(programme.Status),
            ProgrammeDeadlines.For(programme, settings, today), ProgrammeStates.AllowedFor(actor, programme));
}

public static class GetProgrammeEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Xem một cuộc giám sát: hồ sơ, bước hiện tại, các hạn và thao tác được phép")]
    public static async Task<Results<Ok<ProgrammeView>, ProblemHttpResult>> Get(
        Guid id, ClaimsPrincipal user, IQuerySession session, IOptions<DeadlineSettings> settings, TimeProvider clock, CancellationToken cancellation) =>
        await session.LoadAsync<Programme>(id, cancellation) is { } programme
            ? TypedResults.Ok(ProgrammeViews.For(programme, await CouncilSettings.Deadlines(session, settings, cancellation), VietnamTime.Today(clock), Actor.Of(user)))
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
