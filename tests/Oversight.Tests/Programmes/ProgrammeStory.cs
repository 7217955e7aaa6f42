using System.Reflection;
using JasperFx.Events;
using Oversight.Accounts;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Activities;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Creating;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Fieldwork;
using Oversight.Programmes.Lifecycle;
using Oversight.Programmes.Planning;
using Oversight.Programmes.Reporting;

namespace Oversight.Tests.Programmes;

/// <summary>
/// Seed 002's programme (Hà Nam, 2024: social assistance, Department of Labour, Invalids and Social
/// Affairs) taken step by step through the real deciders, with no database: each step folds the
/// events the decider returned into the state, the way Marten does.
/// </summary>
public static class ProgrammeStory
{
    public const string Agency = "Sở Lao động - Thương binh và Xã hội";

    /// <summary>The council's directory of agencies the story names (the test councils' directories hold the same, <see cref="Support.People"/>).</summary>
    public static IReadOnlyList<Oversight.CouncilDirectory.Agency> Directory { get; } =
    [
        new() { Id = Guid.CreateVersion7(), Name = Agency, ShortName = "Sở LĐ-TB&XH", Level = Oversight.CouncilDirectory.AgencyLevel.Province },
        new() { Id = Guid.CreateVersion7(), Name = "Sở Tài chính", Level = Oversight.CouncilDirectory.AgencyLevel.Province },
        new() { Id = Guid.CreateVersion7(), Name = "Ủy ban nhân dân tỉnh", ShortName = "UBND tỉnh", Level = Oversight.CouncilDirectory.AgencyLevel.Province },
    ];

    public static readonly DateOnly DecisionDate = new(2024, 5, 20);

    /// <summary>The story happened in 2024 and is entered at the end of that year: the pure decisions' today.</summary>
    public static readonly DateOnly Today = new(2024, 12, 31);

    /// <summary>Why the story's dates are earlier than the day it is entered.</summary>
    public const string Entered = "Nhập hồ sơ giấy của cuộc giám sát đã thực hiện.";

    /// <summary>Who sends the story's commands: the council's secretariat.</summary>
    public static readonly Actor Secretariat = new(Guid.NewGuid(), "vanphong", "Văn phòng", Role.Secretariat, "ha-nam", null);

    /// <summary>A delegation member signed in with the account the delegation lists.</summary>
    public static Actor MemberActor(Guid accountId) => new(accountId, "daibieu", "Đại biểu", Role.DelegationMember, "ha-nam", null);
    public static readonly DateOnly SessionDate = new(2024, 6, 24);

    public static CreateProgramme Creation() => new(
        Guid.CreateVersion7(),
        "Giám sát việc thực hiện chính sách pháp luật về trợ giúp xã hội đối với các đối tượng bảo trợ xã hội trên địa bàn tỉnh",
        2024,
        "Việc thực hiện chính sách trợ giúp xã hội tại cộng đồng và tại các cơ sở bảo trợ xã hội công lập",
        ["Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015", "Nghị quyết về Chương trình giám sát năm 2024 của Thường trực HĐND tỉnh"],
        OverseeingBody.StandingCommittee,
        null,
        "2021 – 6 tháng đầu năm 2024",
        [Agency],
        new AnnualProgrammeEntry(2024, "01/NQ-HĐND", new DateOnly(2024, 1, 5)));

    public static Programme Proposed() => Fold(CreateProgrammeHandler.Decide(Creation(), 1, Directory, []));

    public static EstablishDelegation Delegation(Programme programme) => new(programme.Id, "25/QĐ-TTHĐND", DecisionDate, "Phó Chủ tịch Thường trực HĐND tỉnh",
    [
        new NewMember("Đặng Thanh Sơn", "Phó Chủ tịch Thường trực HĐND tỉnh", DelegationRole.Head),
        new NewMember("Bùi Văn Hoàng", "Phó Chủ tịch HĐND tỉnh", DelegationRole.DeputyHead),
        new NewMember("Trưởng Ban Văn hóa - Xã hội", "Ban Văn hóa - Xã hội HĐND tỉnh", DelegationRole.Member),
        new NewMember("Chuyên viên Văn phòng", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", DelegationRole.Secretary),
        new NewMember("Đại diện Sở Tài chính", "Sở Tài chính", DelegationRole.Invited),
    ], Entered);

    public static Programme WithDelegation() => Step(Proposed(), programme => EstablishDelegationHandler.Decide(programme, Delegation(programme), Today, Secretariat, []));

    public static SavePlan Plan(Programme programme, int version = 0) => new(programme.Id, version,
        "Đánh giá kết quả thực hiện chính sách trợ giúp xã hội; phát hiện khó khăn, vướng mắc để kiến nghị",
        "Việc ban hành văn bản, tổ chức chi trả trợ cấp, quản lý đối tượng, đào tạo cán bộ cơ sở",
        PlanMethods.WrittenReports | PlanMethods.WorkingSessions,
        ["Đặc điểm tình hình chung", "Kết quả triển khai thực hiện", "Hạn chế, bất cập và nguyên nhân", "Kiến nghị, đề xuất"],
        [new ReportDeadline(programme.Agencies[0].Id, new DateOnly(2024, 6, 14))],
        null,
        PlanDate,
        Entered);

    public static readonly DateOnly PlanDate = new(2024, 5, 28);

    public static Programme Planned() => Step(WithDelegation(), programme => SavePlanHandler.Decide(programme, Plan(programme), PlanDate, Secretariat));

    public static ScheduleActivity Session(Programme programme) => new(programme.Id, Guid.CreateVersion7(), ActivityKind.WorkingSession, SessionDate,
        new TimeOnly(14, 0), "Trụ sở Sở Lao động - Thương binh và Xã hội", programme.Agencies[0].Id,
        [.. programme.Delegation!.Active.Where(member => member.Role != DelegationRole.Invited).Select(member => member.Id)], "Lãnh đạo Sở");

    public static Programme Scheduled() => Step(Planned(), programme => ScheduleActivityHandler.Decide(programme, Session(programme), new DateOnly(2024, 6, 10), Secretariat));

    public static RecordMinutes Minutes(Programme programme) => new(programme.Id, programme.Activities[0].Id,
        "Sở báo cáo đang chi trả trợ cấp thường xuyên cho 41.172 đối tượng bảo trợ xã hội tại cộng đồng",
        "Trách nhiệm hướng dẫn, tập huấn phần mềm quản lý đối tượng cho cán bộ cấp huyện, cấp xã; khó khăn trong lập hồ sơ xét duyệt",
        "Lãnh đạo Sở giải trình trách nhiệm tham mưu quản lý nhà nước về bảo trợ xã hội",
        "Sở tiếp thu các ý kiến của Đoàn",
        "Ghi nhận kết quả; đề nghị tăng cường tập huấn cán bộ cơ sở và cải cách thủ tục hành chính");

    public static Programme InProgress() => Step(Scheduled(), programme => RecordMinutesHandler.Decide(programme, Minutes(programme), Today));

    public static Programme Reporting() =>
        Step(InProgress(), programme => EndFieldworkHandler.Decide(programme, new EndFieldwork(programme.Id, SessionDate, Entered), Today, Secretariat));

    public static Finding Finding(Programme programme, FindingKind kind, string text) =>
        FoldFinding(LogFindingHandler.Decide(programme, new LogFinding(programme.Id, Guid.CreateVersion7(), programme.Activities[0].Id,
            programme.Delegation!.Head!.Id, kind, programme.Agencies[0].Id, text, null), Secretariat));

    public static Programme Drafted() => Step(Reporting(), programme => AssembleDraftReportHandler.Decide(programme,
    [
        Finding(programme, FindingKind.Result, "Chi trả trợ cấp kịp thời, đúng đối tượng"),
        Finding(programme, FindingKind.Proposal, "Tăng cường đào tạo, tập huấn nghiệp vụ cho cán bộ bảo trợ xã hội ở cơ sở"),
    ]));

    public static Programme Approved()
    {
        var drafted = Drafted();
        var dated = Step(drafted, programme => DraftRecommendationHandler.Decide(programme, new DraftRecommendation(programme.Id,
            programme.Recommendations[0].Id, programme.Agencies[0].Id, [], programme.Recommendations[0].Text, new DateOnly(2024, 12, 31), [])));
        return Step(dated, programme => ApproveDraftReportHandler.Decide(programme, new ApproveDraftReport(programme.Id, programme.Delegation!.Head!.Id), new DateOnly(2024, 7, 1), Secretariat));
    }

    public static Programme Concluded() => Step(Approved(), programme =>
        IssueConclusionHandler.Decide(programme, new IssueConclusion(programme.Id, "120/TB-HĐND", new DateOnly(2024, 7, 5), "Kết luận của Trưởng đoàn", Entered), Today, Secretariat).Item1);

    public static Programme FollowingUp() => Step(Concluded(), programme => StartFollowUpHandler.Decide(programme, new StartFollowUp(programme.Id)));

    public static Programme Closed() => Step(FollowingUp(), programme => CloseProgrammeHandler.Decide(programme, new CloseProgramme(programme.Id, null)));

    public static Programme Postponed() => Step(Planned(), programme => PostponeProgrammeHandler.Decide(programme, new PostponeProgramme(programme.Id, "Trùng kỳ họp")));

    public static Programme Cancelled() => Step(Planned(), programme => CancelProgrammeHandler.Decide(programme, new CancelProgramme(programme.Id, "Không còn cần thiết")));

    public static Programme In(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Proposed => Proposed(),
        ProgrammeStatus.DelegationEstablished => WithDelegation(),
        ProgrammeStatus.Planned => Scheduled(),
        ProgrammeStatus.InProgress => InProgress(),
        ProgrammeStatus.Reporting => Drafted(),
        ProgrammeStatus.Concluded => Concluded(),
        ProgrammeStatus.FollowingUp => FollowingUp(),
        ProgrammeStatus.Closed => Closed(),
        ProgrammeStatus.Postponed => Postponed(),
        ProgrammeStatus.Cancelled => Cancelled(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Runs a decider on the state and folds what it returned (one event or several).</summary>
    public static Programme Step(Programme programme, Func<Programme, object> decide)
    {
        var outcome = decide(programme);
        var events = outcome is IEnumerable<object> many ? many.ToList() : [outcome];
        foreach (var e in events)
        {
            Apply(programme, e);
        }

        return programme;
    }

    public static Programme Fold(ProgrammeCreated created) => Programme.Create(Wrap(created));

    static Finding FoldFinding(FindingLogged logged) => Oversight.Findings.Finding.Create(Wrap(logged));

    static void Apply(object aggregate, object data)
    {
        foreach (var method in aggregate.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(method => method.Name == "Apply"))
        {
            var parameter = method.GetParameters().Single().ParameterType;
            if (parameter == data.GetType())
            {
                method.Invoke(aggregate, [data]);
                return;
            }

            if (parameter == typeof(IEvent<>).MakeGenericType(data.GetType()))
            {
                method.Invoke(aggregate, [Wrap((dynamic)data)]);
                return;
            }
        }

        throw new InvalidOperationException($"{aggregate.GetType().Name} has no Apply for {data.GetType().Name}");
    }

    static IEvent<T> Wrap<T>(T data) where T : notnull => new Event<T>(data) { Timestamp = new DateTimeOffset(2024, 5, 21, 9, 0, 0, TimeSpan.FromHours(7)) };
}
