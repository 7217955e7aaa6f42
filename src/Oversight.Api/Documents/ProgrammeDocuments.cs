using System.ComponentModel;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;

namespace Oversight.Documents;

/// <summary>
/// Everything a programme's document templates may read, in their snake_case names
/// (e.g. <c>programme.title</c>, <c>plan.report_deadlines</c>, <c>recommendation_groups</c>). The
/// descriptions are what the field guide on the templates page shows clerks.
/// </summary>
public sealed record ProgrammeDocumentData(
    [property: Description("Cơ quan ban hành văn bản này (theo chủ thể giám sát): tên ở góc trên bên trái, tên trong lời văn, ký hiệu")] IssuerData Issuer,
    [property: Description("Người ký văn bản này: thẩm quyền ký (TM., KT.), chức vụ và họ tên")] SignatureData Signature,
    [property: Description("Số văn bản; “……” cho đến khi ban hành")] string DocumentNumber,
    [property: Description("Địa danh trước ngày tháng")] string Place,
    [property: Description("Ngày của văn bản")] DateOnly Date,
    [property: Description("Loại văn bản này (quyết định thành lập Đoàn của HĐND là nghị quyết)")] DocumentTypeData Document,
    [property: Description("Hội đồng nhân dân: tên, khóa, kỳ họp")] CouncilData Council,
    [property: Description("Cuộc giám sát")] ProgrammeData Programme,
    [property: Description("Đoàn giám sát")] DelegationData Delegation,
    [property: Description("Kế hoạch giám sát (trống khi chưa có kế hoạch)")] PlanData? Plan,
    [property: Description("Lịch làm việc, trừ các buổi đã huỷ")] IReadOnlyList<ActivityData> Activities,
    [property: Description("Báo cáo kết quả giám sát")] ReportData Report,
    [property: Description("Kiến nghị, nhóm theo cơ quan nhận")] IReadOnlyList<RecommendationGroup> RecommendationGroups,
    [property: Description("Theo dõi thực hiện kiến nghị: số liệu theo tình trạng, các kiến nghị còn phải thực hiện")] FollowUpData FollowUp,
    [property: Description("Thông báo kết luận (trống khi chưa kết luận)")] ConclusionData? Conclusion,
    [property: Description("Nơi nhận: các cơ quan chịu giám sát")] IReadOnlyList<string> Recipients,
    [property: Description("Buổi làm việc của biên bản: buổi được chọn, hoặc buổi gần nhất đã diễn ra")] SessionData? Session);

public sealed record IssuerData(
    [property: Description("Cơ quan cấp trên ở đầu văn bản, ví dụ “HĐND tỉnh Hà Nam” (trống khi HĐND ban hành)")] string Parent,
    [property: Description("Cơ quan ban hành, ví dụ “Thường trực HĐND”, “Ban Văn hóa - Xã hội”, “Đoàn giám sát”")] string Name,
    [property: Description("Tên cơ quan ban hành ở đầu văn bản (có thể hai dòng)")] string Heading,
    [property: Description("Tên đầy đủ, ví dụ “Thường trực Hội đồng nhân dân tỉnh Hà Nam”")] string FullName,
    [property: Description("Tên trong lời văn, ví dụ “Thường trực HĐND tỉnh”")] string ShortName,
    [property: Description("Cơ quan cấp trên nhận văn bản để báo cáo")] IReadOnlyList<string> ReportsTo,
    [property: Description("Chữ viết tắt của cơ quan trong ký hiệu văn bản")] string Code);

public sealed record SignatureData(
    [property: Description("Các dòng thẩm quyền và chức vụ, ví dụ “TM. THƯỜNG TRỰC HĐND”, “KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”")] IReadOnlyList<string> Lines,
    [property: Description("Họ tên người ký")] string Name);

public sealed record DocumentTypeData(
    [property: Description("Tên loại, ví dụ “QUYẾT ĐỊNH”, “NGHỊ QUYẾT”")] string Type,
    [property: Description("Tên loại trong lời văn, ví dụ “Quyết định”")] string Name,
    [property: Description("Lời trước các điều: “QUYẾT ĐỊNH:” hoặc “QUYẾT NGHỊ:”")] string Verb);

public sealed record CouncilData(
    [property: Description("Tên đầy đủ, ví dụ “Hội đồng nhân dân tỉnh Hà Nam”")] string Name,
    [property: Description("Tên viết tắt trong lời văn, ví dụ “HĐND tỉnh”")] string ShortName,
    [property: Description("Địa danh hành chính, ví dụ “tỉnh Hà Nam”")] string Locality,
    [property: Description("Khóa (số La Mã), ví dụ “XIX”; “……” khi chưa đặt")] string Term,
    [property: Description("Kỳ họp thứ, ví dụ “12”; “……” khi chưa đặt")] string Session);

public sealed record ProgrammeData(
    [property: Description("Tên cuộc giám sát")] string Title,
    [property: Description("Mã cuộc giám sát (năm-số)")] string Code,
    [property: Description("Năm")] int Year,
    [property: Description("Thời kỳ giám sát")] string? PeriodUnderReview,
    [property: Description("Phạm vi giám sát")] string? Scope,
    [property: Description("Các căn cứ: luật có hiệu lực vào ngày quyết định thành lập Đoàn (theo cấu hình), căn cứ riêng của cuộc giám sát, nghị quyết về chương trình giám sát")] IReadOnlyList<string> LegalBases,
    [property: Description("Chủ thể giám sát")] string Body,
    [property: Description("Chủ thể giám sát trong lời văn, ví dụ “Thường trực HĐND tỉnh”")] string Overseer,
    [property: Description("Các cơ quan chịu giám sát")] IReadOnlyList<string> Agencies);

public sealed record MemberData(
    [property: Description("Họ tên")] string Name,
    [property: Description("Chức vụ (có thể trống)")] string? Position,
    [property: Description("Vai trò trong Đoàn")] string Role,
    [property: Description("Họ tên và chức vụ, không lặp lại tên Ban, cơ quan")] string Designation);

public sealed record DelegationData(
    [property: Description("Trưởng đoàn")] string Head,
    [property: Description("Số quyết định thành lập Đoàn")] string? DecisionNumber,
    [property: Description("Ngày quyết định thành lập Đoàn")] DateOnly? DecisionDate,
    [property: Description("Quyết định thành lập Đoàn trong lời văn: số, ngày, cơ quan ban hành")] string Decision,
    [property: Description("Thành viên Đoàn (không kể người được mời)")] IReadOnlyList<MemberData> Members,
    [property: Description("Người được mời tham gia Đoàn")] IReadOnlyList<MemberData> Invited,
    [property: Description("Thư ký Đoàn")] string Secretary);

public sealed record DeadlineData(
    [property: Description("Cơ quan gửi báo cáo")] string Agency,
    [property: Description("Hạn gửi báo cáo")] DateOnly Deadline);

public sealed record OutlineSection(
    [property: Description("Tên mục")] string Title,
    [property: Description("Các nội dung cơ quan cần báo cáo trong mục")] IReadOnlyList<string> Points);

public sealed record PlanData(
    [property: Description("Mục đích, yêu cầu")] string Purpose,
    [property: Description("Nội dung giám sát")] string Contents,
    [property: Description("Phương thức giám sát")] string Methods,
    [property: Description("Tên các mục của đề cương báo cáo")] IReadOnlyList<string> Outline,
    [property: Description("Các mục của đề cương, mỗi mục với các nội dung cần báo cáo")] IReadOnlyList<OutlineSection> Sections,
    [property: Description("Hạn gửi báo cáo của từng cơ quan")] IReadOnlyList<DeadlineData> ReportDeadlines,
    [property: Description("Số kế hoạch (trống cho đến khi kế hoạch được ban hành)")] string? Number,
    [property: Description("Ngày kế hoạch")] DateOnly? AdoptedOn);

public sealed record ActivityData(
    [property: Description("Ngày")] DateOnly Date,
    [property: Description("Giờ (có thể trống)")] string? Time,
    [property: Description("Hình thức: làm việc, khảo sát…")] string Kind,
    [property: Description("Cơ quan làm việc")] string Agency,
    [property: Description("Địa điểm")] string Place);

/// <summary>A session or survey that took place, with its minutes: what the minutes (biên bản) template reads.</summary>
public sealed record SessionData(
    [property: Description("Ngày")] DateOnly Date,
    [property: Description("Giờ bắt đầu (có thể trống)")] string? Time,
    [property: Description("Giờ kết thúc (có thể trống)")] string? EndTime,
    [property: Description("Hình thức: làm việc, khảo sát…")] string Kind,
    [property: Description("Cơ quan làm việc")] string Agency,
    [property: Description("Địa điểm")] string Place,
    [property: Description("Thành viên Đoàn dự, kèm chức vụ và vai trò")] IReadOnlyList<string> Members,
    [property: Description("Người dự phía cơ quan")] string? AgencyAttendees,
    [property: Description("Người ký biên bản thay mặt cơ quan")] string? AgencyRepresentative,
    [property: Description("Thư ký Đoàn (ký biên bản)")] string Secretary,
    [property: Description("Người chủ trì buổi làm việc (Trưởng đoàn)")] string Chair,
    [property: Description("Báo cáo cơ quan trình bày")] string? ReportPresented,
    [property: Description("Ý kiến, câu hỏi của thành viên Đoàn")] string? Questions,
    [property: Description("Giải trình của cơ quan")] string? Explanations,
    [property: Description("Những nội dung cơ quan tiếp thu")] string? Acceptances,
    [property: Description("Kết luận của Trưởng đoàn")] string? ConcludingRemarks);

public sealed record ReportData(
    [property: Description("Khái quát quá trình giám sát")] string Overview,
    [property: Description("Kết quả đạt được")] string Results,
    [property: Description("Tồn tại, hạn chế")] string Shortcomings,
    [property: Description("Nguyên nhân")] string Causes,
    [property: Description("Số báo cáo kết quả giám sát (trống cho đến khi báo cáo được ban hành)")] string? Number,
    [property: Description("Ngày Trưởng đoàn duyệt báo cáo")] DateOnly? ApprovedOn);

public sealed record RecommendationItem(
    [property: Description("Mã kiến nghị (không bị ngắt dòng)")] string Code,
    [property: Description("Nội dung kiến nghị")] string Text,
    [property: Description("Thời hạn thực hiện (có thể trống)")] DateOnly? DueDate,
    [property: Description("Các cơ quan phối hợp")] IReadOnlyList<string> CoAgencies,
    [property: Description("Tình trạng thực hiện, bằng lời (trống khi chưa ban hành)")] string Status,
    [property: Description("Trả lời gần nhất của cơ quan: ngày và nội dung (có thể trống)")] string? LatestAnswer,
    [property: Description("Số ngày quá hạn (0 khi chưa quá hạn)")] int DaysOverdue);

public sealed record RecommendationGroup(
    [property: Description("Cơ quan nhận kiến nghị")] string Agency,
    [property: Description("Các kiến nghị gửi cơ quan đó")] IReadOnlyList<RecommendationItem> Items);

public sealed record StatusCount(
    [property: Description("Tình trạng")] string Status,
    [property: Description("Số kiến nghị")] int Count);

public sealed record FollowUpData(
    [property: Description("Tổng số kiến nghị đã ban hành")] int Total,
    [property: Description("Số kiến nghị quá hạn")] int Overdue,
    [property: Description("Số kiến nghị theo từng tình trạng")] IReadOnlyList<StatusCount> ByStatus,
    [property: Description("Các kiến nghị cơ quan còn phải thực hiện, nhóm theo cơ quan")] IReadOnlyList<RecommendationGroup> OpenGroups,
    [property: Description("Cơ quan theo dõi việc thực hiện kiến nghị, ví dụ “Thường trực HĐND tỉnh”")] string Body);

public sealed record ConclusionData(
    [property: Description("Số thông báo kết luận")] string Number,
    [property: Description("Ngày ban hành")] DateOnly IssuedOn,
    [property: Description("Nội dung kết luận")] string Remarks);

/// <summary>
/// A document the secretariat generates from a programme: its template, the symbol of its number (as its usual issuer
/// writes it), its date, its number once the programme's record has one (until then the number is left to fill in),
/// the type's abbreviation (Phụ lục III of Nghị định 30) and who issues it, by overseeing body.
/// <see cref="Needs"/> says what the programme must have before the document can be made ("cần có kết luận"),
/// or null when its data exists. A document is issued once (a second issue is a replacement, with a reason),
/// except the <see cref="Repeatable"/> ones, which a programme sends again and again (schedule notices, reminders
/// to agencies, status reports): each issue of those is a new document. <see cref="ToAgencies"/> documents are addressed to the
/// supervised agencies, whose accounts may download them once issued (minutes: the agency of their session).
/// </summary>
public sealed record DocumentKind(string Template, string Name, string Symbol, Func<Programme, DateOnly, DateOnly> DateOf, Func<Programme, string?> NumberOf,
    Func<Programme, string?> Needs, bool NeedsSession = false, bool Repeatable = false, string Type = "", Func<OverseeingBody, IssuerKind>? IssuedBy = null,
    bool ToAgencies = false)
{
    public IssuerKind IssuerFor(OverseeingBody body) => IssuedBy?.Invoke(body) ?? IssuerKind.Delegation;
}

public static class ProgrammeDocuments
{
    public const string PlanTemplate = "ke-hoach-giam-sat.docx";
    public const string ReportTemplate = "bao-cao-ket-qua-giam-sat.docx";
    const string Establishing = "quyet-dinh-thanh-lap-doan.docx";
    const string Unnumbered = "……";
    const string NeedsDelegation = "cần có quyết định thành lập Đoàn";
    const string NeedsPlan = "cần có kế hoạch giám sát";
    const string NeedsReport = "cần có dự thảo báo cáo kết quả giám sát";
    const string NeedsConclusion = "cần có kết luận";

    public static readonly IReadOnlyList<DocumentKind> Kinds =
    [
        new(Establishing, "Quyết định thành lập Đoàn giám sát", "QĐ-TTHĐND", (programme, today) => programme.Delegation?.DecisionDate ?? today,
            programme => programme.Delegation?.DecisionNumber, programme => programme.Delegation is null ? NeedsDelegation : null, Type: "QĐ",
            IssuedBy: Issuers.Establishing),
        new(PlanTemplate, "Kế hoạch giám sát", "KH-ĐGS", (programme, today) => programme.PlanAdoptedOn ?? today, _ => null,
            programme => programme.Plan is null ? NeedsPlan : null, Type: "KH", ToAgencies: true),
        new("de-cuong-bao-cao.docx", "Đề cương báo cáo gửi cơ quan chịu giám sát", "ĐC-ĐGS", (programme, today) => programme.PlanAdoptedOn ?? today, _ => null,
            programme => programme.Plan is null ? NeedsPlan : null, ToAgencies: true),
        new("thong-bao-lich-lam-viec.docx", "Thông báo lịch làm việc", "TB-ĐGS",
            (programme, today) => programme.Activities.Where(activity => activity.Status != ActivityStatus.Cancelled).Select(activity => (DateOnly?)activity.NotifiedOn).Max() ?? today,
            _ => null, programme => programme.Activities.Any(activity => activity.Status != ActivityStatus.Cancelled) ? null : "cần có lịch làm việc",
            Repeatable: true, Type: "TB", ToAgencies: true),
        new("bien-ban-lam-viec.docx", "Biên bản buổi làm việc", "BB-ĐGS",
            (programme, today) => programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).Select(activity => (DateOnly?)activity.Date).Max() ?? today,
            _ => null, programme => programme.Activities.Any(activity => activity.Status == ActivityStatus.Held) ? null : "cần có buổi làm việc đã ghi biên bản",
            NeedsSession: true, Type: "BB", ToAgencies: true),
        new(ReportTemplate, "Báo cáo kết quả giám sát", "BC-ĐGS", (programme, today) => programme.Report?.ApprovedOn ?? today, _ => null,
            programme => programme.Report is null ? NeedsReport : null, Type: "BC"),
        new("thong-bao-ket-luan.docx", "Thông báo kết luận", "TB-HĐND", (programme, today) => programme.Conclusion?.IssuedOn ?? today,
            programme => programme.Conclusion?.Number, programme => programme.Conclusion is null ? NeedsConclusion : null, Type: "TB", IssuedBy: Issuers.Concluding,
            ToAgencies: true),
        new("du-thao-nghi-quyet.docx", "Dự thảo Nghị quyết về kết quả giám sát", "NQ-HĐND", (programme, today) => programme.Report?.ApprovedOn ?? today, _ => null,
            programme => programme.Report is null ? NeedsReport : null, Type: "NQ", IssuedBy: _ => IssuerKind.Council),
        new("van-ban-don-doc.docx", "Văn bản đôn đốc thực hiện kiến nghị", "HĐND-VP", (_, today) => today, _ => null,
            programme => programme.Conclusion is null ? NeedsConclusion : null, Repeatable: true, IssuedBy: _ => IssuerKind.StandingCommittee,
            ToAgencies: true),
        new("bao-cao-tinh-hinh-thuc-hien-kien-nghi.docx", "Báo cáo tình hình thực hiện kiến nghị", "BC-HĐND", (_, today) => today, _ => null,
            programme => programme.Conclusion is null ? NeedsConclusion : null, Repeatable: true, Type: "BC", IssuedBy: _ => IssuerKind.StandingCommittee),
    ];

    /// <summary>Why the document cannot be made from this programme yet, as a sentence ("Chưa lập được Thông báo kết luận: cần có kết luận."); null when it can.</summary>
    public static string? Unavailable(DocumentKind kind, Programme programme) =>
        kind.Needs(programme) is { } needs ? $"Chưa lập được {kind.Name}: {needs}." : null;

    /// <summary>The session whose minutes a document records: the one asked for, or else the latest that took place.</summary>
    public static Guid? SessionOf(DocumentKind kind, Programme programme, Guid? activityId) =>
        !kind.NeedsSession ? null
        : activityId ?? programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).OrderBy(activity => activity.Date).LastOrDefault()?.Id;

    public static DocumentKind? Find(string template) => Kinds.FirstOrDefault(kind => kind.Template == template);

    /// <summary>
    /// The programme as its documents show it: issued recommendations with their codes once the conclusion
    /// is out, the draft's recommendations (numbered as they will be coded) before; grouped by addressee.
    /// The issuer and signer follow from the overseeing body and the council's officials; the legal bases
    /// from the configuration in force on the day the delegation was established.
    /// </summary>
    public static ProgrammeDocumentData Data(DocumentKind kind, Programme programme, IReadOnlyList<Recommendation> issued,
        IReadOnlyDictionary<Guid, FollowUpEntry> answers, DocumentSettings settings, DateOnly today, Guid? activityId = null)
    {
        var date = kind.DateOf(programme, today);
        var council = Issuers.CouncilNames.Of(settings.CouncilName);
        var issuerKind = kind.IssuerFor(programme.Body);
        var issuer = Issuers.Issuer(issuerKind, programme, council);
        var document = TypeOf(kind, issuerKind);
        var symbol = Symbol(kind, programme, settings);
        var delegation = programme.Delegation;
        var preferred = kind.Template == Establishing ? delegation?.Signer : null;
        var overseer = Issuers.Overseer(programme, council);
        var groups = Groups(programme, issued, answers, settings.Calendar, today);
        return new ProgrammeDocumentData(
            issuer,
            Issuers.Signature(issuerKind, programme, settings.Officials, preferred),
            kind.NumberOf(programme) ?? $"{Unnumbered}/{symbol}",
            settings.Place,
            date,
            document,
            new CouncilData(council.Full, council.Short, council.Locality,
                settings.Term is { } term ? VietnameseFunctions.Roman(term) : Unnumbered, settings.Session?.ToString() ?? Unnumbered),
            new ProgrammeData(programme.Title, programme.Code, programme.Year, programme.PeriodUnderReview, programme.Scope,
                LegalBases(programme, settings, council, delegation?.DecisionDate ?? date), programme.BodyName, overseer, [.. programme.Agencies.Select(agency => agency.Name)]),
            Delegation(programme, council),
            programme.Plan is { } plan
                ? new PlanData(plan.Purpose, plan.Contents, Labels.Of(plan.Methods), [.. Outline(plan).Select(section => section.Title)], Outline(plan),
                    [.. plan.ReportDeadlines.Select(deadline => new DeadlineData(programme.AgencyName(deadline.AgencyId), deadline.Deadline))],
                    IssuedNumber(programme, PlanTemplate), programme.PlanAdoptedOn)
                : null,
            [.. programme.Activities.Where(activity => activity.Status != ActivityStatus.Cancelled).OrderBy(activity => activity.Date)
                .Select(activity => new ActivityData(activity.Date, Time(activity.Time), Labels.Of(activity.Kind), programme.AgencyName(activity.AgencyId), activity.Place))],
            Report(programme),
            groups,
            FollowUp(groups, issued, council),
            programme.Conclusion is { } issuedConclusion ? new ConclusionData(issuedConclusion.Number, issuedConclusion.IssuedOn, issuedConclusion.Remarks) : null,
            [.. programme.Agencies.Select(agency => agency.Name)],
            Session(programme, activityId));
    }

    /// <summary>
    /// The symbol of the document's number as its issuer writes it for this programme (a Ban's notice is “TB-BVHXH”), unless the
    /// council set its own for the template: the register that numbers it is the symbol's.
    /// </summary>
    public static string Symbol(DocumentKind kind, Programme programme, DocumentSettings settings)
    {
        if (settings.Symbols.TryGetValue(Path.GetFileNameWithoutExtension(kind.Template), out var own))
        {
            return own;
        }

        var issuerKind = kind.IssuerFor(programme.Body);
        var issuer = Issuers.Issuer(issuerKind, programme, Issuers.CouncilNames.Of(settings.CouncilName));
        var document = TypeOf(kind, issuerKind);
        return Issuers.Symbol(kind, issuerKind, issuer, document.Type == "NGHỊ QUYẾT" ? "NQ" : kind.Type);
    }

    /// <summary>The establishing document is a resolution when the council itself establishes the delegation, a decision otherwise.</summary>
    static DocumentTypeData TypeOf(DocumentKind kind, IssuerKind issuerKind) =>
        kind.Template != Establishing ? new DocumentTypeData("", "", "")
        : issuerKind == IssuerKind.Council ? new DocumentTypeData("NGHỊ QUYẾT", "Nghị quyết", "QUYẾT NGHỊ:")
        : new DocumentTypeData("QUYẾT ĐỊNH", "Quyết định", "QUYẾT ĐỊNH:");

    /// <summary>
    /// What the documents cite: the laws the configuration has in force on the day the programme was decided, the
    /// programme's own bases (less an older or newer version of those laws), and the resolution on the oversight programme.
    /// </summary>
    static IReadOnlyList<string> LegalBases(Programme programme, DocumentSettings settings, Issuers.CouncilNames council, DateOnly decided) =>
    [
        .. settings.Law.InForce(decided, settings.LegalNumbers),
        .. settings.Law.Besides(programme.LegalBases),
        .. programme.Origin is { } origin ? [ProgrammeResolution(origin, council)] : Array.Empty<string>(),
    ];

    /// <summary>"Nghị quyết số 45/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh Hà Nam về Chương trình giám sát năm 2024".</summary>
    static string ProgrammeResolution(AnnualProgrammeEntry origin, Issuers.CouncilNames council)
    {
        var number = origin.ResolutionNumber;
        var (type, by) = number.Contains("/NQ-", StringComparison.Ordinal) ? ("Nghị quyết", number.EndsWith("-HĐND", StringComparison.Ordinal) ? $" của {council.Full}" : "")
            : number.Contains("/QĐ-", StringComparison.Ordinal) ? ("Quyết định", "")
            : number.Contains("/KH-", StringComparison.Ordinal) ? ("Kế hoạch", "")
            : ("Văn bản", "");
        if (number.EndsWith("-TTHĐND", StringComparison.Ordinal))
        {
            by = $" của Thường trực {council.ShortInFull}";
        }

        return $"{type} số {number} {VietnameseFunctions.DateNd30(origin.ResolutionDate)}{by} về Chương trình giám sát năm {origin.Year}";
    }

    static DelegationData Delegation(Programme programme, Issuers.CouncilNames council)
    {
        var delegation = programme.Delegation;
        var active = (delegation?.Active ?? []).ToList();
        var establishing = Issuers.Issuer(Issuers.Establishing(programme.Body), programme, council);
        var decision = delegation is null
            ? ""
            : $"{(programme.Body == OverseeingBody.Council ? "Nghị quyết" : "Quyết định")} số {delegation.DecisionNumber} {VietnameseFunctions.DateNd30(delegation.DecisionDate)} của {establishing.ShortName}";
        return new DelegationData(delegation?.Head?.Name ?? "", delegation?.DecisionNumber, delegation?.DecisionDate, decision,
            [.. active.Where(member => member.Role != DelegationRole.Invited).Select(Member)],
            [.. active.Where(member => member.Role == DelegationRole.Invited).Select(Member)],
            active.FirstOrDefault(member => member.Role == DelegationRole.Secretary)?.Name ?? "");
    }

    static MemberData Member(Member member) => new(member.Name, member.Position, Labels.Of(member.Role), Designation(member.Name, member.Position));

    /// <summary>
    /// A member's name and position, the position's words that repeat the end of the name left out: "Lãnh đạo Ban Văn hóa - Xã hội"
    /// with "Ban Văn hóa - Xã hội HĐND tỉnh" reads "Lãnh đạo Ban Văn hóa - Xã hội HĐND tỉnh"; "Đại diện Sở Tài chính" with "Sở Tài chính" is left as it is.
    /// </summary>
    public static string Designation(string name, string? position)
    {
        if (string.IsNullOrWhiteSpace(position))
        {
            return name;
        }

        for (var length = Math.Min(name.Length, position.Length); length >= 3; length--)
        {
            if (name.EndsWith(position[..length], StringComparison.OrdinalIgnoreCase) && (length == position.Length || position[length] == ' ')
                && (length == name.Length || name[^(length + 1)] == ' '))
            {
                return name + position[length..];
            }
        }

        return $"{name}, {position}";
    }

    /// <summary>The outline's sections; an entry starting with "-" or "+" is a point the agency reports on under the section above it.</summary>
    static IReadOnlyList<OutlineSection> Outline(Plan plan)
    {
        var sections = new List<(string Title, List<string> Points)>();
        foreach (var entry in plan.OutlineSections.Select(entry => entry.Trim()).Where(entry => entry.Length > 0))
        {
            if (entry[0] is '-' or '+' or '–' && sections.Count > 0)
            {
                sections[^1].Points.Add(entry.TrimStart('-', '+', '–', ' '));
            }
            else
            {
                sections.Add((entry, []));
            }
        }

        return [.. sections.Select(section => new OutlineSection(section.Title, section.Points))];
    }

    static string? IssuedNumber(Programme programme, string template) => programme.IssuedDocuments.LastOrDefault(document => document.Template == template)?.Number;

    static ReportData Report(Programme programme)
    {
        var sections = programme.Report?.Sections ?? new ReportSections("", "", "", "");
        return new ReportData(sections.Overview, sections.Results, sections.Shortcomings, sections.Causes, IssuedNumber(programme, ReportTemplate),
            programme.Report?.ApprovedOn);
    }

    static string? Time(TimeOnly? time) => time?.ToString("HH\\:mm");

    /// <summary>Recommendation codes never break at their hyphens: they are written with non-breaking hyphens (U+2011).</summary>
    public static string Unbreakable(string code) => code.Replace('-', '\u2011');

    static IReadOnlyList<RecommendationGroup> Groups(Programme programme, IReadOnlyList<Recommendation> issued, IReadOnlyDictionary<Guid, FollowUpEntry> answers,
        WorkingCalendar? calendar, DateOnly today)
    {
        var items = issued.Count > 0
            ? issued.Select(recommendation => (Agency: recommendation.AgencyName,
                Item: new RecommendationItem(Unbreakable(recommendation.Code), recommendation.Text, recommendation.DueDate, recommendation.CoAgencies,
                    StatusInWords(recommendation.Status), Answer(answers.GetValueOrDefault(recommendation.Id)), DaysOverdue(recommendation, calendar, today))))
            : programme.Recommendations.Select((draft, index) => (Agency: programme.AgencyName(draft.AgencyId), Item: new RecommendationItem(
                Unbreakable($"KN-{programme.Code}-{index + 1:00}"), draft.Text, draft.DueDate, [.. draft.CoAgencyIds.Select(programme.AgencyName)], "", null, 0)));
        return [.. items.GroupBy(entry => entry.Agency).Select(group => new RecommendationGroup(group.Key, [.. group.Select(entry => entry.Item)]))];
    }

    /// <summary>Days past the due date, for a recommendation overdue as the register counts it (past its effective due date, still the agency's to do).</summary>
    static int DaysOverdue(Recommendation recommendation, WorkingCalendar? calendar, DateOnly today)
    {
        var effective = calendar?.Effective(recommendation.DueDate) ?? recommendation.DueDate;
        return recommendation.AwaitsAgency && today > effective ? today.DayNumber - recommendation.DueDate.DayNumber : 0;
    }

    /// <summary>The agency's latest answer as the status report words it: its date, what it was, and what the agency wrote.</summary>
    static string? Answer(FollowUpEntry? answer) =>
        answer is null ? null
        : $"{VietnameseFunctions.DateShort(answer.On)}: {answer.What}{(string.IsNullOrWhiteSpace(answer.Text) ? "" : $": {answer.Text.Trim()}")}";

    /// <summary>A recommendation's status as a report to the council words it.</summary>
    public static string StatusInWords(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Issued => "Chưa thực hiện (cơ quan chưa báo cáo)",
        RecommendationStatus.Acknowledged => "Cơ quan đã tiếp nhận, chưa báo cáo kết quả",
        RecommendationStatus.InProgress => "Đang thực hiện",
        RecommendationStatus.ReportedDone => "Cơ quan báo cáo đã thực hiện xong, đang xác minh",
        RecommendationStatus.ExplanationSubmitted => "Cơ quan đã giải trình, đang xem xét",
        RecommendationStatus.Resolved => "Đã thực hiện xong",
        RecommendationStatus.PartlyResolved => "Mới thực hiện một phần",
        RecommendationStatus.Explained => "Đã giải trình, được chấp nhận",
        RecommendationStatus.Closed => "Đã đóng theo dõi",
    };

    static FollowUpData FollowUp(IReadOnlyList<RecommendationGroup> groups, IReadOnlyList<Recommendation> issued, Issuers.CouncilNames council) => new(
        issued.Count,
        groups.Sum(group => group.Items.Count(item => item.DaysOverdue > 0)),
        [.. issued.GroupBy(recommendation => recommendation.Status).OrderBy(group => group.Key)
            .Select(group => new StatusCount(StatusInWords(group.Key), group.Count()))],
        [.. groups.Select(group => group with
            {
                Items = [.. group.Items.Where(item => issued.Any(recommendation => Unbreakable(recommendation.Code) == item.Code && recommendation.AwaitsAgency))],
            })
            .Where(group => group.Items.Count > 0)],
        $"Thường trực {council.Short}");

    /// <summary>The session asked for, or else the latest one that took place; none before the first minutes.</summary>
    static SessionData? Session(Programme programme, Guid? activityId)
    {
        var held = programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).ToList();
        var activity = activityId is { } id ? held.FirstOrDefault(candidate => candidate.Id == id) : held.OrderBy(candidate => candidate.Date).LastOrDefault();
        if (activity is null)
        {
            return null;
        }

        var members = activity.MemberIds.Select(member => programme.Delegation?.Members.FirstOrDefault(candidate => candidate.Id == member))
            .OfType<Member>().Select(member => $"{Designation(member.Name, member.Position)} – {Labels.Of(member.Role)}").ToList();
        var minutes = activity.Minutes;
        var secretary = programme.Delegation?.Active.FirstOrDefault(member => member.Role == DelegationRole.Secretary)?.Name ?? "";
        return new SessionData(activity.Date, Time(activity.Time), Time(minutes?.EndTime), Labels.Of(activity.Kind), programme.AgencyName(activity.AgencyId), activity.Place,
            members, activity.AgencyAttendees, minutes?.AgencyRepresentative, secretary, programme.Delegation?.Head?.Name ?? "",
            minutes?.ReportPresented, minutes?.Questions, minutes?.Explanations, minutes?.Acceptances, minutes?.ConcludingRemarks);
    }
}
