using System.Reflection;
using Oversight.Common;
using Oversight.Programmes;

namespace Oversight.Tests.Common;

/// <summary>Every value a person can see is named in Vietnamese beside its declaration; a new value without a name fails here.</summary>
public sealed class LabelTests
{
    /// <summary>Enums that never reach a person: outcomes the code branches on and command-line verbs.</summary>
    static readonly string[] internalEnums = ["PreviewOutcome", "IssuerKind", "TemplatesAction", "DailyBackupOutcome", "CouncilsAction", "DirectoryAction"];

    [Fact]
    public void Every_value_of_every_user_facing_enum_has_its_Vietnamese_label()
    {
        var enums = typeof(Programme).Assembly.GetTypes().Where(type => type.IsEnum && type.Namespace?.StartsWith("Oversight") == true && !internalEnums.Contains(type.Name))
            .ToList();
        enums.Count.ShouldBeGreaterThan(15);
        var missing = enums.SelectMany(type => Enum.GetValues(type).Cast<Enum>().Where(value => !Labels.Has(value)).Select(value => $"{type.Name}.{value}"));
        missing.ShouldBeEmpty();
        Enum.GetValues<ProgrammeStatus>().ShouldAllBe(status => ProgrammeStates.NextStep(status).Length > 0);
    }

    [Fact]
    public void Flags_read_as_the_labels_of_the_flags_set_and_phrases_fit_in_a_sentence()
    {
        Labels.Of(PlanMethods.WrittenReports | PlanMethods.FieldSurveys).ShouldBe("qua báo cáo bằng văn bản, khảo sát thực tế");
        Labels.Phrase(ActivityKind.FieldSurvey).ShouldBe("khảo sát tại");
        Labels.Phrase(ProgrammeStatus.Planned).ShouldBe("đã có kế hoạch");
    }
}
