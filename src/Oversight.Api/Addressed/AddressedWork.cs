using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Documents;
using Oversight.Programmes;
using Oversight.Programmes.Activities;
using Wolverine.Http;

namespace Oversight.Addressed;

/// <summary>An issued document as an agency finds it: what it is, its number and date, and where to download it.</summary>
public sealed record AddressedDocument(Guid Id, Guid ProgrammeId, string ProgrammeTitle, string Name, string Number, DateOnly IssuedOn, bool Replaced, string Href);

public sealed record SessionMember(string Name, string? Position, string Role);

/// <summary>
/// A session as the agency it is held with sees it (and anyone else who may see it): when, where, with whom, what changed, and the
/// documents addressed to the agency. Never the members' findings, nor minutes before they are issued.
/// </summary>
public sealed record SessionView(Guid ActivityId, Guid ProgrammeId, string ProgrammeTitle, string OverseeingBody, ActivityKind Kind, string KindLabel,
    DateOnly Date, TimeOnly? Time, string Place, string AgencyName, ActivityStatus Status, string StatusLabel, string? ChangeReason,
    IReadOnlyList<SessionMember> Members, string? AgencyAttendees, IReadOnlyList<AddressedDocument> Documents);

/// <summary>What the delegation addresses to a supervised agency: its sessions with the agency and the documents issued to it.</summary>
public static class AddressedWork
{
    public const string Tag = "Cơ quan chịu giám sát";

    public static SessionView Session(Programme programme, Activity activity)
    {
        var members = programme.Delegation?.Members ?? [];
        var attending = activity.MemberIds.Count > 0
            ? activity.MemberIds.Select(id => members.FirstOrDefault(member => member.Id == id)).OfType<Member>()
            : members.Where(member => member.RemovedReason is null);
        return new SessionView(activity.Id, programme.Id, programme.Title, programme.BodyName, activity.Kind, Labels.Of(activity.Kind), activity.Date, activity.Time,
            activity.Place, programme.AgencyName(activity.AgencyId), activity.Status, Labels.Of(activity.Status), activity.ChangeReason,
            [.. attending.Select(member => new SessionMember(member.Name, member.Position, Labels.Of(member.Role)))], activity.AgencyAttendees,
            [.. programme.IssuedDocuments.Where(document => IssuedDocumentTarget.IsAddressedTo(programme, document, activity.AgencyId))
                .Select(document => Document(programme, document))]);
    }

    /// <summary>The issued documents addressed to the person's agency (an agency user), or to any agency of the programmes the person may see.</summary>
    public static async Task<IReadOnlyList<AddressedDocument>> Documents(IQuerySession session, Actor actor, CancellationToken cancellation)
    {
        var programmes = await session.Query<Programme>().Where(programme => programme.IssuedDocuments.Any()).ToListAsync(cancellation);
        return [.. programmes.Where(programme => Access.Concerns(actor, programme))
            .SelectMany(programme => programme.IssuedDocuments
                .Where(document => actor.Role == Role.AgencyUser
                    ? IssuedDocumentTarget.IsAddressedToDirectoryAgency(programme, document, actor.AgencyId)
                    : programme.Agencies.Any(agency => IssuedDocumentTarget.IsAddressedTo(programme, document, agency.Id)))
                .Select(document => Document(programme, document)))
            .OrderByDescending(document => document.IssuedOn).ThenBy(document => document.Number)];
    }

    static AddressedDocument Document(Programme programme, IssuedDocumentRef document) =>
        new(document.Id, programme.Id, programme.Title, ProgrammeDocuments.Find(document.Template)?.Name ?? document.Template, document.Number, document.IssuedOn,
            document.ReplacedBy is not null, $"/api/issued-documents/{document.Id}");

    /// <summary>The session the route names; its access was decided by the record (<see cref="SessionTarget"/>) before this runs.</summary>
    public static async Task<SessionView?> Session(IQuerySession session, Guid activityId, CancellationToken cancellation) =>
        await SessionTarget.Load(session, activityId, cancellation) is { } target ? Session(target.Programme, target.Activity) : null;
}

public static class AddressedWorkEndpoint
{
    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/activities/{activityId}")]
    [Tags(AddressedWork.Tag)]
    [EndpointSummary("Một buổi làm việc hoặc khảo sát như cơ quan chịu giám sát thấy: thời gian, địa điểm, thành phần Đoàn, văn bản gửi cơ quan (không có ý kiến của thành viên)")]
    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> GetSession(Guid activityId, IQuerySession session, CancellationToken cancellation) =>
        await AddressedWork.Session(session, activityId, cancellation) is { } view ? TypedResults.Ok(view) : Web.Problems.NotFound("Không tìm thấy buổi làm việc này.");

    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/addressed-documents")]
    [Tags(AddressedWork.Tag)]
    [EndpointSummary("Văn bản đã ban hành gửi cơ quan chịu giám sát (với tài khoản của cơ quan: văn bản gửi cơ quan mình)")]
    public static Task<IReadOnlyList<AddressedDocument>> GetDocuments(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        AddressedWork.Documents(session, Actor.Of(user), cancellation);
}
