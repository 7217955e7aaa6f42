using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;

namespace Oversight.Tests.Security;

/// <summary>The permission table written out in full, so that any change to it is a visible, reviewed change; and the account rules.</summary>
public sealed class PermissionTableTests
{
    // Columns: OwnAccount, ManageCouncils, ManageAccounts, ManageCouncilSettings, ViewProgrammes, ManageProgrammes, RecordFieldwork,
    // ReviewDraftReports, ManageTemplates, ViewAddressedWork, ViewAudit, ViewCommuneRollup, RespondToRecommendations, ManageHolidays, ManageDirectory.
    static readonly Dictionary<Role, string> expected = new()
    {
        [Role.SystemAdministrator] = "XXX----------X-",
        [Role.CouncilAdministrator] = "X-XXXXX-XXXXX-X",
        [Role.Secretariat] = "X---XXX-XXXXX-X",
        [Role.DelegationMember] = "X---X-XX-X-----",
        [Role.AgencyUser] = "X--------X--X--",
        [Role.Viewer] = "X---X----X-X---",
    };

    [Fact]
    public void The_table_is_exactly_the_reviewed_one()
    {
        var capabilities = Enum.GetValues<Capability>();
        capabilities.Length.ShouldBe(15);
        foreach (var role in Enum.GetValues<Role>())
        {
            string.Concat(capabilities.Select(capability => Permissions.Allows(role, capability) ? 'X' : '-')).ShouldBe(expected[role], role.ToString());
        }
    }

    static readonly Actor adminA = new(Guid.NewGuid(), "admin.a", "Quản trị A", Role.CouncilAdministrator, "tinh-a", null);
    static readonly Actor system = new(Guid.NewGuid(), "quantri", "Quản trị", Role.SystemAdministrator, null, null);
    static readonly Council councilA = new() { Id = "tinh-a", Name = "HĐND tỉnh A", Level = CouncilLevel.Province };

    static Account Create(Actor by, NewAccount request, bool taken = false) =>
        CreateAccountHandler.Decide(by, request, councilA, taken, Guid.NewGuid(), DateTimeOffset.UtcNow);

    [Fact]
    public void A_council_administrator_creates_accounts_only_in_their_own_council_and_never_a_system_administrator()
    {
        var account = Create(adminA, new NewAccount("Thu.Ky", "Thư ký", Role.Secretariat, "tinh-b", null, "mot-mat-khau-dai"));
        account.ShouldSatisfyAllConditions(
            () => account.UserName.ShouldBe("thu.ky"),
            () => account.CouncilId.ShouldBe("tinh-a"),
            () => account.PasswordHash.ShouldBeEmpty());
        Should.Throw<Refusal>(() => Create(adminA, new NewAccount("sys", "Sys", Role.SystemAdministrator, null, null, "mot-mat-khau-dai")))
            .Status.ShouldBe(403);
        Should.Throw<Refusal>(() => Create(adminA, new NewAccount(" Thu.Ky ", "Thư ký", Role.Secretariat, null, null, "mot-mat-khau-dai")))
            .Errors.ShouldContainKey("userName");
    }

    [Theory]
    [InlineData("ab", "Họ Tên", "Secretariat", "mot-mat-khau-dai", "userName")]
    [InlineData("co dau cách", "Họ Tên", "Secretariat", "mot-mat-khau-dai", "userName")]
    [InlineData("hople", "", "Secretariat", "mot-mat-khau-dai", "fullName")]
    [InlineData("hople", "Họ Tên", null, "mot-mat-khau-dai", "role")]
    [InlineData("hople", "Họ Tên", "Secretariat", "ngan", "password")]
    [InlineData("hople.dai.ten", "Họ Tên", "Secretariat", "HOPLE.DAI.TEN", "password")]
    [InlineData("coquan", "Họ Tên", "AgencyUser", "mot-mat-khau-dai", "agencyId")]
    public void Bad_account_input_names_the_field_in_Vietnamese(string userName, string fullName, string? role, string password, string field)
    {
        var refusal = Should.Throw<Refusal>(() => Create(adminA,
            new NewAccount(userName, fullName, role is null ? null : Enum.Parse<Role>(role), null, null, password)));
        refusal.Status.ShouldBe(400);
        refusal.Errors.ShouldContainKey(field);
    }

    [Fact]
    public void A_taken_user_name_is_a_409_and_an_unknown_council_a_400()
    {
        Should.Throw<Refusal>(() => Create(adminA, new NewAccount("vanphong", "Văn phòng", Role.Secretariat, null, null, "mot-mat-khau-dai"), taken: true))
            .Status.ShouldBe(409);
        Should.Throw<Refusal>(() => CreateAccountHandler.Decide(system, new NewAccount("x.y", "X", Role.Viewer, "khong-co", null, "mot-mat-khau-dai"), null, false,
            Guid.NewGuid(), DateTimeOffset.UtcNow)).Status.ShouldBe(400);
    }

    [Fact]
    public void Disabling_changes_the_security_stamp_and_nobody_disables_or_demotes_themselves()
    {
        var account = new Account { Id = Guid.NewGuid(), UserName = "xem", Role = Role.Viewer, CouncilId = "tinh-a" };
        var stamp = account.SecurityStamp;
        var disabled = UpdateAccountHandler.Decide(adminA, account, new AccountChange(null, null, null, true, null, null));
        disabled.Disabled.ShouldBeTrue();
        disabled.SecurityStamp.ShouldNotBe(stamp);
        // The decision leaves the account it was given as it was.
        (account.Disabled, account.SecurityStamp).ShouldBe((false, stamp));

        var self = new Account { Id = adminA.AccountId, UserName = "admin.a", Role = Role.CouncilAdministrator, CouncilId = "tinh-a" };
        Should.Throw<Refusal>(() => UpdateAccountHandler.Decide(adminA, self, new AccountChange(null, Role.Viewer, null, null, null, null))).Status.ShouldBe(409);
        var elsewhere = new Account { Id = Guid.NewGuid(), UserName = "b", Role = Role.Viewer, CouncilId = "tinh-b" };
        Should.Throw<Refusal>(() => UpdateAccountHandler.Decide(adminA, elsewhere, new AccountChange("Tên mới", null, null, null, null, null))).Status.ShouldBe(404);
    }

    [Fact]
    public void A_commune_council_needs_its_province_and_ids_are_plain_slugs()
    {
        var province = new Council { Id = "tay-ninh", Level = CouncilLevel.Province };
        var commune = AddCouncilHandler.Decide(new AddCouncil("tan-bien", "HĐND xã Tân Biên", "Tân Biên", CouncilLevel.Commune, "tay-ninh", ["Ban Pháp chế", ""]),
            false, province, DateTimeOffset.UtcNow);
        commune.ProvinceId.ShouldBe("tay-ninh");
        commune.Committees.ShouldBe(["Ban Pháp chế"]);
        // Text is stored as sent: a name with spaces around it is refused, not trimmed.
        Should.Throw<Refusal>(() => AddCouncilHandler.Decide(new AddCouncil("xa-c", "x", "x", CouncilLevel.Commune, "tay-ninh", [" Ban Pháp chế "]), false, province,
            DateTimeOffset.UtcNow)).Errors.ShouldContainKey("committees");
        Should.Throw<Refusal>(() => AddCouncilHandler.Decide(new AddCouncil("Tân Biên", "x", "x", CouncilLevel.Province, null, null), false, null,
            DateTimeOffset.UtcNow)).Errors.ShouldContainKey("id");
        Should.Throw<Refusal>(() => AddCouncilHandler.Decide(new AddCouncil("xa-b", "x", "x", CouncilLevel.Commune, "khong-co", null), false, null,
            DateTimeOffset.UtcNow)).Errors.ShouldContainKey("provinceId");
        Should.Throw<Refusal>(() => AddCouncilHandler.Decide(new AddCouncil("tay-ninh", "x", "x", CouncilLevel.Province, null, null), true, null,
            DateTimeOffset.UtcNow)).Status.ShouldBe(409);
    }
}
