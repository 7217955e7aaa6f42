using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations.FollowUp;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hearings;

/// <summary>Who came for a summoned agency, as the form sends it (nobody: the agency was absent).</summary>
public sealed record AttendanceInput(Guid? AgencyId, string? AttendedBy);

/// <summary>Records that the hearing took place: the day, who chaired it, and who came for each summoned agency.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record HoldHearing([SetByServer] Guid HearingId, DateOnly? HeldOn, string? Chair, IReadOnlyList<AttendanceInput>? Attendance, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi nhận phiên giải trình đã diễn ra.";
}

public static class HoldHearingHandler
{
    public static HearingHeld Decide(Hearing hearing, HoldHearing command, DateOnly today, Actor actor)
    {
        hearing.Ensure("ghi nhận đã tổ chức", HearingStatus.Decided);
        var given = (command.Attendance ?? []).Where(person => !string.IsNullOrWhiteSpace(person.AttendedBy)).ToList();
        var checks = new Checks()
            .Require(hearing.Summoned.Count > 0, "attendance", "Chưa mời cơ quan nào giải trình.")
            .Identifier(command.Chair, "chair", "người chủ trì", 300, required: false)
            .Require(given.All(person => hearing.Summoned.Any(summons => summons.AgencyId == person.AgencyId)), "attendance",
                "Chỉ ghi người dự của các cơ quan đã được mời.")
            .Require(given.All(person => person.AttendedBy!.Trim().Length <= 300), "attendance", "Tên người dự không quá 300 ký tự.");
        var held = checks.Happened("heldOn", "ngày tổ chức", command.HeldOn, command.DateReason, today, actor, required: true);
        checks.Require(command.HeldOn is null || command.HeldOn >= hearing.DecidedOn, "heldOn", "Ngày tổ chức không được trước ngày quyết định.")
            .ThrowIfAny();
        var attendance = hearing.Summoned.Select(summons => given.FirstOrDefault(person => person.AgencyId == summons.AgencyId) is { } person
            ? new Attendance(summons.AgencyId, true, person.AttendedBy!.Trim())
            : new Attendance(summons.AgencyId, false, null)).ToList();
        return new HearingHeld(hearing.Id, held.On, FollowUpRules.Blank(command.Chair), attendance, held.Reason);
    }

    public static HearingHeld Handle(HoldHearing command, [WriteTarget] Hearing hearing, Actor actor, TimeProvider clock) =>
        Decide(hearing, command, VietnamTime.Today(clock), actor);
}

public static class HoldHearingEndpoint
{
    [Sends<HoldHearing>]
    [WolverinePost("/api/hearings/{hearingId}/session")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Ghi nhận phiên giải trình đã diễn ra: ngày, người chủ trì, người dự của từng cơ quan được mời")]
    public static Task<NoContent> Post(Guid hearingId, HoldHearing command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { HearingId = hearingId });
}
