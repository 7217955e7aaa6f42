using System.Net;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Oversight.Accounts;
using Oversight.Councils;

namespace Oversight.BrowserTests;

/// <summary>
/// The app served by Kestrel on a loopback port, on a throwaway private PostgreSQL, and Debian's
/// Chromium driven by Playwright (its own browser download cannot work here).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    readonly string dataFolder = Path.Combine(Path.GetTempPath(), $"oversight-browser-{Guid.NewGuid():N}"[..40]);
    WebApplicationFactory<Program>? app;
    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Screenshots land in TestResults/screenshots beside the test assembly, for people to look at.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        File.Exists(Chromium).ShouldBeTrue($"{Chromium} is missing: run ./test, which installs Debian's chromium.");
        JasperFxEnvironment.AutoStartHost = true;
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:DataFolder", dataFolder);
            builder.UseSetting("Backup:Daily", "false");
        });
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        await SeedAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A page opened by a person of the given role, signed in already.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, Role role = Role.Secretariat)
    {
        var context = await NewContextAsync(role, width, height);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        response.ShouldNotBeNull().Status.ShouldBe(200);
        return page;
    }

    /// <summary>A browser context signed in as the role's account (the sign-in form is filled once per role, then its cookie reused).</summary>
    public async Task<IBrowserContext> NewContextAsync(Role role = Role.Secretariat, int width = 1280, int height = 900)
    {
        var viewport = new ViewportSize { Width = width, Height = height };
        if (!signedIn.TryGetValue(role, out var state))
        {
            await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport });
            await SignInAsync(await context.NewPageAsync(), UserNames[role]);
            state = signedIn[role] = await context.StorageStateAsync();
        }

        return await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, StorageState = state });
    }

    /// <summary>Fills the sign-in form the way a person does and waits to leave it.</summary>
    public async Task SignInAsync(IPage page, string userName, string? returnTo = null)
    {
        await page.GotoAsync(new Uri(BaseAddress, "/dang-nhap" + (returnTo is null ? "" : $"?ReturnUrl={Uri.EscapeDataString(returnTo)}")).ToString());
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/dang-nhap"));
    }

    public const string Council = "tinh-thu";
    public const string Password = "mat-khau-trinh-duyet";
    public const string Agency = "Sở Lao động - Thương binh và Xã hội";

    public static readonly IReadOnlyDictionary<Role, string> UserNames = new Dictionary<Role, string>
    {
        [Role.SystemAdministrator] = "quantri",
        [Role.CouncilAdministrator] = "quantri.tinh",
        [Role.Secretariat] = "vanphong",
        [Role.DelegationMember] = "daibieu",
        [Role.AgencyUser] = "coquan",
        [Role.Viewer] = "nguoixem",
    };

    readonly Dictionary<Role, string> signedIn = [];

    /// <summary>The sample programmes, played into this council (once; later calls change nothing).</summary>
    public async Task LoadSamplesAsync()
    {
        await using var scope = app!.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Oversight.Samples.SamplePlayer>().LoadFolder(Oversight.Samples.SamplePlayer.DefaultFolder,
            CancellationToken.None, Council);
    }

    /// <summary>
    /// A programme planned today, through the app's own commands as the secretariat sends them: its delegation is headed by the
    /// delegation member's account and it has one working session today, where that member logs findings.
    /// </summary>
    public async Task<(Guid Programme, Guid Activity)> MemberProgrammeAsync(string title)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<Wolverine.IMessageBus>();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        Account secretariat, member;
        await using (var accounts = store.QuerySession())
        {
            secretariat = await accounts.Query<Account>().SingleAsync(account => account.UserName == UserNames[Role.Secretariat]);
            member = await accounts.Query<Account>().SingleAsync(account => account.UserName == UserNames[Role.DelegationMember]);
        }

        var actor = secretariat.ToActor();
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        var id = Guid.CreateVersion7();
        await bus.SendAsync(actor, new Oversight.Programmes.Creating.CreateProgramme(id, title, today.Year, null, [], Oversight.Programmes.OverseeingBody.StandingCommittee,
            null, null, [Agency], null));
        await bus.SendAsync(actor, new Oversight.Programmes.Delegations.EstablishDelegation(id, "01/QĐ-TTHĐND", today, "Chủ tịch HĐND tỉnh",
            [new Oversight.Programmes.Delegations.NewMember(member.FullName, "Đại biểu HĐND tỉnh", Oversight.Programmes.DelegationRole.Head, member.Id)]));
        await bus.SendAsync(actor, new Oversight.Programmes.Planning.SavePlan(id, 0, "Đánh giá việc thực hiện chính sách.", "Chi trả trợ cấp.",
            Oversight.Programmes.PlanMethods.WorkingSessions, ["Tình hình chung"], [], null, today));
        Oversight.Programmes.Programme programme;
        await using (var session = store.QuerySession(Council))
        {
            programme = (await session.LoadAsync<Oversight.Programmes.Programme>(id))!;
        }

        var activity = Guid.CreateVersion7();
        await bus.SendAsync(actor, new Oversight.Programmes.Activities.ScheduleActivity(id, activity, Oversight.Programmes.ActivityKind.WorkingSession, today,
            new TimeOnly(8, 0), "Hội trường Sở", programme.Agencies[0].Id, [member.Id], null, today));
        return (id, activity);
    }

    /// <summary>
    /// A programme of <see cref="MemberProgrammeAsync"/> carried on through the secretariat's commands: today's session minuted,
    /// fieldwork ended today, the draft report assembled and circulated to the members, and, if asked, submitted to the head.
    /// </summary>
    public async Task<Guid> CirculatedDraftAsync(string title, bool submitted = false)
    {
        var (id, activity) = await MemberProgrammeAsync(title);
        await using var scope = app!.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<Wolverine.IMessageBus>();
        Account secretariat;
        await using (var accounts = app.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            secretariat = await accounts.Query<Account>().SingleAsync(account => account.UserName == UserNames[Role.Secretariat]);
        }

        var actor = secretariat.ToActor();
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        await bus.SendAsync(actor, new Oversight.Programmes.Activities.RecordMinutes(id, activity, "Sở báo cáo tình hình chi trả trợ cấp.",
            "Đại biểu hỏi về tập huấn cán bộ cơ sở.", "Sở giải trình.", "Sở tiếp thu.", "Đề nghị tăng cường tập huấn."));
        await bus.SendAsync(actor, new Oversight.Programmes.Fieldwork.EndFieldwork(id, today));
        await bus.SendAsync(actor, new Oversight.Programmes.Reporting.AssembleDraftReport(id));
        await bus.SendAsync(actor, new Oversight.Programmes.Reporting.CirculateDraftReport(id, "Xin ý kiến thành viên Đoàn"));
        if (submitted)
        {
            await bus.SendAsync(actor, new Oversight.Programmes.Reporting.SubmitDraftReport(id, null));
        }

        return id;
    }

    /// <summary>
    /// The notice of conclusions of a concluded programme of the samples (issued now unless it was), and its session with the agency:
    /// the documents an agency finds on the page of its session.
    /// </summary>
    public async Task<(Guid Activity, DateOnly Date, string Number)> ConclusionNoticeAsync()
    {
        await LoadSamplesAsync();
        await using var scope = app!.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<Wolverine.IMessageBus>();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        Account secretariat;
        await using (var accounts = store.QuerySession())
        {
            secretariat = await accounts.Query<Account>().SingleAsync(account => account.UserName == UserNames[Role.Secretariat]);
        }

        await using var session = store.QuerySession(Council);
        var programme = (await session.Query<Oversight.Programmes.Programme>().ToListAsync())
            .First(candidate => candidate.Conclusion is not null && candidate.Activities.Count > 0);
        const string template = "thong-bao-ket-luan.docx";
        if (programme.InForce(template, null) is null)
        {
            await bus.SendAsync(secretariat.ToActor(), new Oversight.Documents.IssueDocument(programme.Id, Guid.CreateVersion7(), template,
                programme.Conclusion!.IssuedOn, "Nhập hồ sơ giấy của cuộc giám sát đã thực hiện."));
        }

        var activity = programme.Activities[0];
        return (activity.Id, activity.Date, programme.Conclusion!.Number);
    }

    /// <summary>One council and one account of each role, made through the same code the admin page uses.</summary>
    async Task SeedAsync()
    {
        var store = app!.Services.GetRequiredService<IDocumentStore>();
        var hasher = app.Services.GetRequiredService<IPasswordHasher<Account>>();
        await using var session = store.LightweightSession();
        await AddCouncilHandler.Add(new AddCouncil(Council, "Hội đồng nhân dân tỉnh Thử", "Tỉnh Thử", CouncilLevel.Province, null, null), session,
            TimeProvider.System, CancellationToken.None);
        // The council's directory knows the agency (its accounts are bound to it) and the committees its programmes may name.
        session.ForTenant(Council).Store(new Oversight.CouncilDirectory.Agency
        {
            Id = Guid.CreateVersion7(), Name = Agency, ShortName = "Sở LĐ-TB&XH", Level = Oversight.CouncilDirectory.AgencyLevel.Province,
        });
        await session.SaveChangesAsync();
        var system = new Actor(Guid.Empty, "tests", "Kiểm thử", Role.SystemAdministrator, null, null);
        foreach (var (role, userName) in UserNames)
        {
            await CreateAccountHandler.Create(system, new NewAccount(userName, $"Người dùng {userName}", role, role == Role.SystemAdministrator ? null : Council,
                role == Role.AgencyUser ? Agency : null, Password), session, hasher, TimeProvider.System, CancellationToken.None);
        }

        await session.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        // Initialisation may have failed half-way: release whatever was started.
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>A date of something that happened before today needs the reason, in the same form as the date.</summary>
    public static Task EnteredLate(ILocator dateField) =>
        dateField.Locator("xpath=ancestor::form[1]").Locator("[name='DateReason']").FillAsync("Nhập hồ sơ giấy của cuộc giám sát đã thực hiện.");
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
