using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hearings;

/// <summary>Summons the head of an agency of the directory to the hearing, with the questions to prepare and the day its written report is due.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record SummonAgency([SetByServer] Guid HearingId, Guid? AgencyId, string? Representative, IReadOnlyList<string>? Questions, DateOnly? ReportBy) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã mời cơ quan giải trình.";
}

public static class SummonAgencyHandler
{
    public const int MaxQuestions = 30;

    public static AgencySummoned Decide(Hearing hearing, SummonAgency command, Agency? agency)
    {
        hearing.Ensure("mời thêm cơ quan (phiên đã diễn ra)", HearingStatus.Decided);
        var questions = (command.Questions ?? []).Where(text => !string.IsNullOrWhiteSpace(text)).Select(text => text.Trim()).ToList();
        new Checks()
            .Require(agency is not null, "agencyId", "Hãy chọn cơ quan trong danh bạ.")
            .Require(agency is null || hearing.Summoned.All(summons => summons.AgencyId != agency.Id), "agencyId", "Cơ quan này đã được mời.")
            .Identifier(command.Representative, "representative", "người đứng đầu được mời (họ tên, chức vụ)", 300)
            .Require(questions.Count is > 0 and <= MaxQuestions, "questions", $"Hãy nêu từ 1 đến {MaxQuestions} vấn đề cơ quan cần chuẩn bị giải trình.")
            .Require(questions.All(text => text.Length <= 2000), "questions", "Mỗi vấn đề không quá 2000 ký tự.")
            .Require(command.ReportBy is not null, "reportBy", "Hãy nhập hạn gửi báo cáo giải trình.")
            .Require(command.ReportBy is null || (command.ReportBy >= hearing.DecidedOn && command.ReportBy <= hearing.ScheduledOn), "reportBy",
                $"Hạn gửi báo cáo phải từ ngày quyết định ({VietnamTime.Format(hearing.DecidedOn)}) đến ngày tổ chức phiên giải trình ({VietnamTime.Format(hearing.ScheduledOn)}).")
            .ThrowIfAny();
        return new AgencySummoned(hearing.Id, agency!.Id, agency.Name, command.Representative!.Trim(), questions, command.ReportBy!.Value);
    }

    public static async Task<AgencySummoned> Handle(SummonAgency command, [WriteTarget] Hearing hearing, IQuerySession session,
        CancellationToken cancellation) =>
        Decide(hearing, command, command.AgencyId is { } id ? await session.LoadAsync<Agency>(id, cancellation) : null);
}

public static class SummonAgencyEndpoint
{
    [Sends<SummonAgency>]
    [WolverinePost("/api/hearings/{hearingId}/summons")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Mời người đứng đầu một cơ quan (trong danh bạ) giải trình: các vấn đề cần chuẩn bị, hạn gửi báo cáo")]
    public static Task<NoContent> Post(Guid hearingId, SummonAgency command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { HearingId = hearingId });
}
