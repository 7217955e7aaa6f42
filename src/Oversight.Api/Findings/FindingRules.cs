using Oversight.Common;
using Oversight.Programmes;

namespace Oversight.Findings;

public static class FindingRules
{
    public const int MaxText = 10_000;

    /// <summary>Findings change only while the programme is in the field or reporting and the report is not yet approved.</summary>
    public static void EnsureOpen(Programme programme)
    {
        programme.Ensure(ProgrammeAction.LogFinding);
        if (!programme.FindingsOpen)
        {
            throw Refusal.Conflict("Trưởng đoàn đã duyệt báo cáo nên ý kiến không thay đổi được nữa.");
        }
    }

    public static Checks CheckContent(Checks checks, Programme programme, FindingKind kind, Guid? agencyId, string? text, string? figures) =>
        checks.Require(Enum.IsDefined(kind), "kind", "Hãy chọn loại ý kiến: kết quả, tồn tại, nguyên nhân hoặc đề xuất.")
            .Require(agencyId is null || programme.Agency(agencyId.Value) is not null, "agencyId", "Cơ quan này không thuộc diện chịu giám sát.")
            .Text(text, "text", "nội dung ý kiến", MaxText)
            .Text(figures, "figures", "số liệu", 2000, required: false);
}
