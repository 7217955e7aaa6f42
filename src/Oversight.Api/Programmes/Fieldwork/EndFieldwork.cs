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

namespace Oversight.Programmes.Fieldwork;

/// <summary>The delegation's sessions and surveys are over: the results report is now due.</summary>
[Requires(ProgrammeAction.EndFieldwork)]
public sealed record EndFieldwork([SetByServer] Guid ProgrammeId, DateOnly? EndedOn, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã kết thúc giai đoạn làm việc; bước tiếp theo là lập báo cáo kết quả giám sát.";
}

public static class EndFieldworkHandler
{
    public static FieldworkEnded Decide(Programme programme, EndFieldwork command, DateOnly today, Actor actor)
    {
        programme.Ensure(ProgrammeAction.EndFieldwork);
        var pending = programme.Activities.Where(activity => activity.Status == ActivityStatus.Scheduled).ToList();
        if (pending.Count > 0)
        {
            throw Refusal.Conflict(
                $"Còn {pending.Count} buổi làm việc trong lịch chưa ghi biên bản (gần nhất ngày {VietnamTime.Format(pending.Min(activity => activity.Date))}): " +
                "hãy ghi biên bản hoặc hủy các buổi đó trước.");
        }

        var lastHeld = programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).Max(activity => activity.Date);
        var checks = new Checks();
        var ended = checks.Happened("endedOn", "ngày kết thúc giai đoạn làm việc", command.EndedOn, command.DateReason, today, actor, required: true);
        checks.Require(command.EndedOn is null || command.EndedOn >= lastHeld, "endedOn",
                $"Ngày kết thúc không thể trước buổi làm việc cuối cùng ({VietnamTime.Format(lastHeld)}).")
            .ThrowIfAny();
        return new FieldworkEnded(programme.Id, ended.On, ended.Reason);
    }

    public static FieldworkEnded Handle(EndFieldwork command, [WriteTarget] Programme programme, Actor actor, TimeProvider clock) =>
        Decide(programme, command, VietnamTime.Today(clock), actor);
}

public static class EndFieldworkEndpoint
{
    [Sends<EndFieldwork>]
    [WolverinePost("/api/programmes/{id}/fieldwork-end")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Kết thúc giai đoạn làm việc, chuyển sang lập báo cáo")]
    public static Task<NoContent> Post(Guid id, EndFieldwork command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
