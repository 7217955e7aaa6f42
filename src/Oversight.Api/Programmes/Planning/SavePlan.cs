using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Planning;

/// <summary>
/// Adopts the oversight plan (kế hoạch giám sát) with its report outline (đề cương) and the agencies'
/// report deadlines, or revises it. <see cref="PlanVersion"/> is the plan version the edit was made from
/// (0 for a first plan): an edit of an older version is refused rather than overwriting someone's work.
/// <see cref="AdoptedOn"/> is the date on the plan document (today when not given).
/// </summary>
[Requires(ProgrammeAction.AdoptPlan)]
public sealed record SavePlan(
    [SetByServer] Guid ProgrammeId,
    int PlanVersion,
    string? Purpose,
    string? Contents,
    PlanMethods Methods,
    IReadOnlyList<string>? OutlineSections,
    IReadOnlyList<ReportDeadline>? ReportDeadlines,
    string? Reason,
    DateOnly? AdoptedOn = null,
    string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => PlanVersion == 0 ? "Đã ban hành kế hoạch giám sát và đề cương báo cáo." : "Đã lưu kế hoạch đã sửa.";
}

public static class SavePlanHandler
{
    public static object Decide(Programme programme, SavePlan command, DateOnly today, Actor actor)
    {
        programme.Ensure(programme.Plan is null ? ProgrammeAction.AdoptPlan : ProgrammeAction.RevisePlan);
        if (command.PlanVersion != programme.PlanVersion)
        {
            throw Refusal.Stale(
                $"Kế hoạch đã được sửa thành phiên bản {programme.PlanVersion} trong khi bạn sửa phiên bản {command.PlanVersion}: " +
                "hãy tải lại để xem bản mới nhất rồi sửa lại.");
        }

        var outline = (command.OutlineSections ?? []).Where(section => !string.IsNullOrWhiteSpace(section)).ToList();
        var deadlines = command.ReportDeadlines ?? [];
        var checks = new Checks()
            .Text(command.Purpose, "purpose", "mục đích, yêu cầu", 10_000)
            .Text(command.Contents, "contents", "nội dung giám sát", 20_000)
            .Require(command.Methods != PlanMethods.None && command.Methods <= (PlanMethods.WrittenReports | PlanMethods.WorkingSessions | PlanMethods.FieldSurveys),
                "methods", "Hãy chọn ít nhất một phương thức giám sát.")
            .Require(outline.Count <= 50 && outline.All(section => section.Length <= 2000), "outlineSections", "Đề cương có tối đa 50 mục, mỗi mục tối đa 2000 ký tự.")
            .Require(deadlines.All(deadline => programme.Agency(deadline.AgencyId) is not null), "reportDeadlines",
                "Hạn báo cáo chỉ đặt cho cơ quan chịu giám sát của cuộc giám sát này.")
            .Require(deadlines.Select(deadline => deadline.AgencyId).Distinct().Count() == deadlines.Count, "reportDeadlines",
                "Mỗi cơ quan chỉ có một hạn gửi báo cáo.")
            .Require(deadlines.All(deadline => deadline.Deadline >= programme.Delegation!.DecisionDate), "reportDeadlines",
                "Hạn gửi báo cáo không thể trước ngày thành lập Đoàn.")
            .Text(command.Reason, "reason", "lý do sửa", 1000, required: false)
            .Require(command.AdoptedOn is null || command.AdoptedOn >= programme.Delegation!.DecisionDate, "adoptedOn",
                "Ngày ban hành kế hoạch không thể trước ngày thành lập Đoàn.");
        var adopted = programme.Plan is null ? checks.Happened("adoptedOn", "ngày ban hành kế hoạch", command.AdoptedOn, command.DateReason, today, actor) : null;
        if (command.Methods.HasFlag(PlanMethods.WrittenReports))
        {
            checks.Require(outline.Count > 0, "outlineSections", "Giám sát qua báo cáo cần đề cương báo cáo (ít nhất một mục).")
                .Require(programme.Agencies.All(agency => deadlines.Any(deadline => deadline.AgencyId == agency.Id)), "reportDeadlines",
                    "Hãy đặt hạn gửi báo cáo cho từng cơ quan chịu giám sát.");
        }

        checks.ThrowIfAny();
        var plan = new Plan(command.Purpose!, command.Contents!, command.Methods, outline, [.. deadlines]);
        return programme.Plan is null
            ? new PlanAdopted(programme.Id, plan, adopted!.On, adopted.Reason)
            : new PlanRevised(programme.Id, plan, programme.PlanVersion + 1, command.Reason);
    }

    public static object Handle(SavePlan command, [WriteTarget] Programme programme, Actor actor, TimeProvider clock) =>
        Decide(programme, command, VietnamTime.Today(clock), actor);
}

public static class SavePlanEndpoint
{
    [Sends<SavePlan>]
    [WolverinePut("/api/programmes/{id}/plan")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ban hành hoặc sửa kế hoạch giám sát (kèm phiên bản đang sửa; 412 khi đã có người sửa trước)")]
    public static Task<NoContent> Put(Guid id, SavePlan command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
