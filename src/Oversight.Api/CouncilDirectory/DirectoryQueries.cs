using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.CouncilDirectory.Agencies;
using Wolverine.Http;

namespace Oversight.CouncilDirectory;

/// <summary>The directory as the API and the pick lists read it; <c>q</c> searches names ignoring case and diacritics.</summary>
public static class DirectoryQueries
{
    public static async Task<IReadOnlyList<AgencyView>> Agencies(IQuerySession session, string? q, CancellationToken cancellation)
    {
        var agencies = await session.Query<Agency>().ToListAsync(cancellation);
        return [.. agencies.Where(agency => DirectoryNames.Finds(q, [.. agency.Names])).OrderBy(agency => DirectoryNames.Key(agency.Name))
            .Select(agency => AgencyView.Of(agency, agencies))];
    }

    /// <summary>The name of a directory's agency (an agency user's), if there is one.</summary>
    public static async Task<string?> AgencyName(IQuerySession session, Guid? agencyId, CancellationToken cancellation) =>
        agencyId is { } id ? (await session.LoadAsync<Agency>(id, cancellation))?.Name : null;

    public static async Task<IReadOnlyList<Committee>> Committees(IQuerySession session, CancellationToken cancellation) =>
        [.. (await session.Query<Committee>().ToListAsync(cancellation)).OrderBy(committee => DirectoryNames.Key(committee.Name))];
}

public static class DirectoryEndpoint
{
    [Allow(Capability.ManageDirectory)]
    [WolverineGet("/api/directory/agencies")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Các cơ quan chịu giám sát trong danh bạ của HĐND (q = tìm theo tên, tên viết tắt, tên gọi khác, không cần dấu)")]
    public static Task<IReadOnlyList<AgencyView>> GetAgencies(IQuerySession session, string? q, CancellationToken cancellation) =>
        DirectoryQueries.Agencies(session, q, cancellation);

    [Allow(Capability.ManageDirectory)]
    [WolverineGet("/api/directory/agencies/{agencyId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Một cơ quan trong danh bạ")]
    public static async Task<Results<Ok<AgencyView>, ProblemHttpResult>> GetAgency(Guid agencyId, IQuerySession session, CancellationToken cancellation) =>
        (await DirectoryQueries.Agencies(session, null, cancellation)).FirstOrDefault(agency => agency.Id == agencyId) is { } found
            ? TypedResults.Ok(found)
            : Web.Problems.NotFound(DirectoryLog.NoAgency);

    [Allow(Capability.ManageDirectory)]
    [WolverineGet("/api/directory/committees")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Các Ban của HĐND trong danh bạ")]
    public static Task<IReadOnlyList<Committee>> GetCommittees(IQuerySession session, CancellationToken cancellation) => DirectoryQueries.Committees(session, cancellation);

    [Allow(Capability.ManageDirectory)]
    [WolverineGet("/api/directory/committees/{committeeId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Một Ban của HĐND trong danh bạ")]
    public static async Task<Results<Ok<Committee>, ProblemHttpResult>> GetCommittee(Guid committeeId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Committee>(committeeId, cancellation) is { } found ? TypedResults.Ok(found) : Web.Problems.NotFound(DirectoryLog.NoCommittee);

    [Allow(Capability.ManageDirectory)]
    [WolverineGet("/api/directory/people")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Những người có thể chọn vào Đoàn giám sát: tài khoản của HĐND và người không có tài khoản (q = tìm theo tên, không cần dấu)")]
    public static async Task<IReadOnlyList<PersonView>> GetPeople(IQuerySession session, ClaimsPrincipal user, string? q, CancellationToken cancellation) =>
        [.. (await CouncilPeople.Load(session, Actor.Of(user).CouncilId, cancellation)).Where(person => DirectoryNames.Finds(q, person.FullName, person.Position))];

    /// <summary>One of the people the list has: a person of the directory, or an account that may sit on delegations (a delegation names either by this id).</summary>
    [Allow(Capability.ManageDirectory)]
    [WolverineGet("/api/directory/people/{personId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Một người có thể chọn vào Đoàn giám sát: tài khoản của HĐND hoặc người không có tài khoản")]
    public static async Task<Results<Ok<PersonView>, ProblemHttpResult>> GetPerson(Guid personId, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        (await CouncilPeople.Load(session, Actor.Of(user).CouncilId, cancellation)).FirstOrDefault(person => person.Id == personId) is { } found
            ? TypedResults.Ok(found)
            : Web.Problems.NotFound(DirectoryLog.NoPerson);
}
