using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Identity;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.Councils;

namespace Oversight.Tests.Support;

/// <summary>A person of the test world; integration tests call the API with their token.</summary>
public sealed record Person(string UserName, Role Role, string? Council, string? Agency = null)
{
    public Guid Id { get; } = Guid.CreateVersion7();

    public string Token => $"{ApiTokenAuthentication.Prefix}test_{UserName}";

    public string FullName => $"Người thử {UserName}";

    public string Email => $"{UserName}@example.gov.vn";
}

/// <summary>
/// Two province councils (A with one commune, B) and one person of each role: seeded into an emptied
/// database before every integration test. The secretariat of council A is the default caller.
/// </summary>
public static class People
{
    public const string CouncilA = "tinh-a";
    public const string CommuneA = "xa-a1";
    public const string CouncilB = "tinh-b";
    public const string Password = "mat-khau-thu-nghiem";

    public static readonly Person SystemAdmin = new("hethong", Role.SystemAdministrator, null);
    public static readonly Person AdminA = new("admin.a", Role.CouncilAdministrator, CouncilA);
    public static readonly Person SecretariatA = new("vanphong.a", Role.Secretariat, CouncilA);
    public static readonly Person MemberA = new("daibieu.a", Role.DelegationMember, CouncilA);
    public static readonly Person AgencyA = new("coquan.a", Role.AgencyUser, CouncilA, "Sở Lao động - Thương binh và Xã hội");
    public static readonly Person ViewerA = new("xem.a", Role.Viewer, CouncilA);
    public static readonly Person AdminB = new("admin.b", Role.CouncilAdministrator, CouncilB);
    public static readonly Person SecretariatB = new("vanphong.b", Role.Secretariat, CouncilB);
    public static readonly Person SecretariatCommune = new("vanphong.xa", Role.Secretariat, CommuneA);

    public static readonly IReadOnlyList<Person> All = [SystemAdmin, AdminA, SecretariatA, MemberA, AgencyA, ViewerA, AdminB, SecretariatB, SecretariatCommune];

    /// <summary>The agencies of every test council's directory (<see cref="Programmes.ProgrammeStory.Directory"/> lists the same), each known by a short name too.</summary>
    public static readonly IReadOnlyList<(string Name, string ShortName)> Agencies =
        [(Programmes.ProgrammeStory.Agency, "Sở LĐ-TB&XH"), ("Sở Tài chính", "STC"), ("Ủy ban nhân dân tỉnh", "UBND tỉnh")];

    /// <summary>An agency's id in a test council's directory: the same in every test, so accounts and tests can name it.</summary>
    public static Guid AgencyId(string council, string name) => new(MD5.HashData(Encoding.UTF8.GetBytes($"{council}|{name}")));

    /// <summary>One person of each role, all in council A (the system administrator in none).</summary>
    public static readonly IReadOnlyList<Person> OfEachRole = [SystemAdmin, AdminA, SecretariatA, MemberA, AgencyA, ViewerA];

    // Hashing is deliberately slow; one hash serves every test account (the salt is inside it).
    static readonly Lazy<string> hash = new(() => new PasswordHasher<Account>().HashPassword(new Account(), Password));

    public static async Task Seed(IDocumentStore store)
    {
        await using var session = store.LightweightSession();
        var now = DateTimeOffset.UtcNow;
        session.Store(
            new Council { Id = CouncilA, Name = "Hội đồng nhân dân tỉnh A", Place = "Tỉnh A", Level = CouncilLevel.Province, CreatedAt = now },
            new Council { Id = CommuneA, Name = "Hội đồng nhân dân xã A1", Place = "Xã A1", Level = CouncilLevel.Commune, ProvinceId = CouncilA, CreatedAt = now },
            new Council { Id = CouncilB, Name = "Hội đồng nhân dân tỉnh B", Place = "Tỉnh B", Level = CouncilLevel.Province, CreatedAt = now });
        foreach (var council in new[] { CouncilA, CommuneA, CouncilB })
        {
            foreach (var (name, shortName) in Agencies)
            {
                session.ForTenant(council).Store(new Agency { Id = AgencyId(council, name), Name = name, ShortName = shortName, Level = AgencyLevel.Province });
            }
        }

        foreach (var person in All)
        {
            Add(session, person, now);
        }

        await session.SaveChangesAsync();
    }

    /// <summary>Stores a person's account (with an address of their own) and API token, as <see cref="Seed"/> does for the test world.</summary>
    public static void Add(IDocumentSession session, Person person, DateTimeOffset now)
    {
        var account = new Account
        {
            Id = person.Id, UserName = person.UserName, FullName = person.FullName, Role = person.Role, CouncilId = person.Council,
            AgencyName = person.Agency, AgencyId = person.Agency is { } agency ? AgencyId(person.Council!, agency) : null, PasswordHash = hash.Value,
            CreatedAt = now, Email = person.Email,
        };
        session.Store(account);
        session.Store(new ApiToken
        {
            Id = ApiTokenAuthentication.Hash(person.Token), AccountId = person.Id, Name = "tests", CreatedAt = now, SecurityStamp = account.SecurityStamp,
        });
    }
}
