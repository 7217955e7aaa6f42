using Oversight.Documents;

namespace Oversight.Tests.Documents;

/// <summary>The law in force is dated configuration (templates/legal-bases.json): which bases a document cites depends on the day its programme was decided.</summary>
public sealed class LegalBasesTests
{
    static readonly LegalBases law = LegalBases.Load(Path.Combine(AppContext.BaseDirectory, "templates", LegalBases.DefaultFile));
    static readonly Dictionary<string, string> none = [];

    [Fact]
    public void A_programme_decided_before_1_March_2026_cites_the_2015_law_and_one_decided_after_it_the_2025_law()
    {
        law.InForce(new DateOnly(2024, 5, 27), none).ShouldBe(
        [
            "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019",
            "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015",
        ]);
        law.InForce(new DateOnly(2026, 2, 28), none).ShouldContain("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015");
        law.InForce(new DateOnly(2026, 3, 1), none).ShouldBe(
        [
            "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
            "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15",
        ]);
    }

    [Fact]
    public void The_detailing_resolution_is_cited_once_the_council_has_entered_its_number()
    {
        var numbers = new Dictionary<string, string> { ["nghi-quyet-chi-tiet-giam-sat-hdnd"] = "114/2025/UBTVQH15" };

        law.InForce(new DateOnly(2026, 4, 6), numbers).ShouldContain(basis => basis.StartsWith("Nghị quyết số 114/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội"));
        law.InForce(new DateOnly(2025, 4, 6), numbers).ShouldNotContain(basis => basis.Contains("114/2025"));
        law.CouncilNumbered.Select(basis => basis.Id).ShouldBe(["nghi-quyet-chi-tiet-giam-sat-hdnd"]);
    }

    [Fact]
    public void A_programmes_own_basis_naming_a_configured_law_is_not_printed_twice()
    {
        law.Besides(["Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015", "luật tổ chức chính quyền địa phương 2015", "Quy chế giám sát của HĐND tỉnh"])
            .ShouldBe(["Quy chế giám sát của HĐND tỉnh"]);
    }

    [Fact]
    public void The_public_page_names_the_article_of_the_law_in_force_when_the_programme_was_decided()
    {
        law.Publication(new DateOnly(2024, 5, 27)).ShouldBe("Điều 89 Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015");
        law.Publication(new DateOnly(2026, 3, 1)).ShouldBe("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15");
    }
}
