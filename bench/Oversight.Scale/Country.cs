using Oversight.Accounts;
using Oversight.Councils;

namespace Oversight.Scale;

/// <summary>Where a generated programme has got to.</summary>
public enum Stage
{
    Planned,
    InFieldwork,
    Reporting,
    FollowingUp,
}

public sealed record ProgrammePlan(int Number, int Year, Stage Stage, int Recommendations);

/// <summary>A council, its committees and agencies (its directory), and the programmes it ran.</summary>
public sealed record CouncilPlan(Council Council, int Seed, IReadOnlyList<ProgrammePlan> Programmes)
{
    public IReadOnlyList<string> Committees => Council.Level == CouncilLevel.Province
        ? ["Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội", "Ban Pháp chế", "Ban Đô thị"]
        : ["Ban Kinh tế - Xã hội", "Ban Pháp chế"];

    public IReadOnlyList<string> Agencies => Council.Level == CouncilLevel.Province ? Texts.ProvinceAgencies : Texts.CommuneAgencies;

    /// <summary>A directory record's id: the same for a council and a name in every run, so accounts written apart can name it.</summary>
    public Guid DirectoryId(string name) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes($"{Council.Id}|{name}")));
}

/// <summary>
/// Who does how much: provinces run about a third of the programmes (larger ones, with more recommendations),
/// communes the rest; five years, 2022–2026, the current year's later programmes still under way.
/// </summary>
public sealed class Country
{
    public const int FirstYear = 2022;
    public const int CurrentYear = 2026;

    static readonly string[] provinces =
    [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
        "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
        "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
        "Đồng Tháp", "Cà Mau", "An Giang",
    ];

    static readonly string[] firstSyllables = ["Tân", "Phú", "An", "Bình", "Hòa", "Long", "Thạnh", "Vĩnh", "Mỹ", "Đông", "Tây", "Nam", "Bắc",
        "Hưng", "Thuận", "Phước", "Quang", "Minh", "Xuân", "Thanh"];

    static readonly string[] secondSyllables = ["Lợi", "Thành", "Hưng", "Phú", "Lộc", "Yên", "Sơn", "Hải", "Lâm", "Điền", "Khánh", "Hiệp",
        "Tiến", "Đức", "Trung", "Phong", "Hòa", "Nghĩa", "Thịnh", "Cường"];

    public required IReadOnlyList<CouncilPlan> Councils { get; init; }
    public int Programmes => Councils.Sum(council => council.Programmes.Count);
    public int Recommendations => Councils.Sum(council => council.Programmes.Sum(programme => programme.Recommendations));

    public static Country Plan(double scale, int seed)
    {
        var random = new Random(seed);
        var provinceCount = Math.Max(1, (int)Math.Round(provinces.Length * Math.Min(scale, 1)));
        var communeCount = Math.Max(provinceCount, (int)Math.Round(3321 * scale));
        var programmeCount = Math.Max(communeCount + provinceCount, (int)Math.Round(20_000 * scale));
        var recommendationCount = (int)Math.Round(100_000 * scale);

        var councils = new List<(Council Council, int Programmes)>();
        var provincial = programmeCount * 3 / 10;
        for (var p = 0; p < provinceCount; p++)
        {
            var name = provinces[p];
            var id = Slug(name);
            councils.Add((new Council
            {
                Id = id, Name = $"Hội đồng nhân dân {(name is "Hà Nội" or "Huế" or "Hải Phòng" or "Đà Nẵng" or "Hồ Chí Minh" or "Cần Thơ" ? "thành phố" : "tỉnh")} {name}",
                Place = name, Level = CouncilLevel.Province,
            }, provincial / provinceCount + (p < provincial % provinceCount ? 1 : 0)));
        }

        var names = (from first in firstSyllables from second in secondSyllables where first != second select $"{first} {second}").ToArray();
        var communal = programmeCount - provincial;
        for (var c = 0; c < communeCount; c++)
        {
            var province = councils[c % provinceCount].Council;
            var name = names[c / provinceCount % names.Length] + (c / provinceCount >= names.Length ? $" {c / provinceCount / names.Length + 1}" : "");
            councils.Add((new Council
            {
                Id = $"{province.Id}-{Slug(name)}", Name = $"Hội đồng nhân dân xã {name}", Place = name, Level = CouncilLevel.Commune, ProvinceId = province.Id,
            }, communal / communeCount + (c < communal % communeCount ? 1 : 0)));
        }

        // Stages first, then share the recommendations among the concluded programmes: a province's
        // conclusion carries about twice a commune's.
        var plans = councils.Select(council => Enumerable.Range(0, council.Programmes).Select(_ =>
        {
            var year = FirstYear + random.Next(CurrentYear - FirstYear + 1);
            var stage = year < CurrentYear || random.NextDouble() < 0.6 ? Stage.FollowingUp : (Stage)random.Next(3);
            return (Year: year, Stage: stage, Weight: stage != Stage.FollowingUp ? 0 : (council.Council.Level == CouncilLevel.Province ? 2.2 : 1) * (0.5 + random.NextDouble()));
        }).ToList()).ToList();
        var totalWeight = plans.Sum(list => list.Sum(plan => plan.Weight));
        var counts = plans.Select(list => list.Select(plan => plan.Weight == 0 ? 0 : Math.Max(1, (int)(recommendationCount * plan.Weight / totalWeight))).ToArray()).ToList();
        var concluded = counts.SelectMany((list, council) => list.Select((count, index) => (council, index, count))).Where(entry => entry.count > 0).ToArray();
        for (var missing = recommendationCount - counts.Sum(list => list.Sum()); missing != 0 && concluded.Length > 0; missing -= Math.Sign(missing))
        {
            var (council, index, _) = concluded[random.Next(concluded.Length)];
            if (missing > 0 || counts[council][index] > 1)
            {
                counts[council][index] += Math.Sign(missing);
            }
        }

        return new Country
        {
            Councils = [.. councils.Select((council, c) =>
            {
                var numbers = new Dictionary<int, int>();
                return new CouncilPlan(council.Council, seed * 7919 + c, [.. plans[c].Select((plan, index) =>
                    new ProgrammePlan(numbers[plan.Year] = numbers.GetValueOrDefault(plan.Year) + 1, plan.Year, plan.Stage, counts[c][index]))]);
            })],
        };
    }

    /// <summary>Accounts the benchmark signs in with: the secretariat of the first province and of its first commune, and an agency of that province.</summary>
    public IEnumerable<Account> BenchAccounts()
    {
        var province = Councils[0].Council;
        var commune = Councils.First(council => council.Council.Level == CouncilLevel.Commune).Council;
        Account Make(string userName, string fullName, Role role, string council, string? agency = null) => new()
        {
            Id = Guid.CreateVersion7(), UserName = userName, FullName = fullName, Role = role, CouncilId = council, AgencyName = agency,
            AgencyId = agency is null ? null : Councils[0].DirectoryId(agency), CreatedAt = DateTimeOffset.UtcNow,
        };
        yield return Make("bench.tinh", "Văn phòng (đo tải) cấp tỉnh", Role.Secretariat, province.Id);
        yield return Make("bench.xa", "Văn phòng (đo tải) cấp xã", Role.Secretariat, commune.Id);
        yield return Make("bench.coquan", "Sở Y tế (đo tải)", Role.AgencyUser, province.Id, Texts.ProvinceAgencies[0]);
    }

    static string Slug(string name) => string.Join('-', Oversight.Common.TextSearch.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
