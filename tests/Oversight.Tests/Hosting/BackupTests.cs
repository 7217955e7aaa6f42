using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Oversight.Backups;
using Oversight.Hosting;
using Oversight.Programmes.Listing;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Hosting;

/// <summary>Backup and restore through the command line, as an operator runs them, and the daily backup.</summary>
public sealed class BackupTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>What a council would check after a restore: the register, the exact files issued, and who did what.</summary>
    sealed record Snapshot(string Register, string Audit, IReadOnlyList<byte[]> Documents)
    {
        public static async Task<Snapshot> Of(HttpClient secretariat, IEnumerable<Guid> documents) => new(
            await secretariat.GetStringAsync("/api/recommendations"),
            await secretariat.GetStringAsync("/api/audit"),
            [.. await Task.WhenAll(documents.Select(id => secretariat.GetByteArrayAsync($"/api/issued-documents/{id}")))]);
    }

    [Fact]
    public async Task Samples_backed_up_then_restored_onto_a_wiped_disk_or_another_server_give_back_the_register_issued_documents_and_audit_trail()
    {
        using var data = new TestFolder("bkdata");
        using var files = new TestFolder("bkfiles");
        var privateDatabase = new Dictionary<string, string> { ["Database__DataFolder"] = data.Path, ["Backup__Daily"] = "false" };
        var archive = Path.Combine(files.Path, "ha-nam.zip");
        List<Guid> issued = [];
        Snapshot before;
        using (var app = await RunningApp.Start(null, samples: true, privateDatabase))
        {
            using var secretariat = await app.SignIn();
            var programme = (await secretariat.GetFromJsonAsync<List<ProgrammeSummary>>("/api/programmes", Json.Options))!.First().Id;
            foreach (var template in new[] { "de-cuong-bao-cao.docx", "bao-cao-ket-qua-giam-sat.docx" })
            {
                using var response = await secretariat.PostAsJsonAsync($"/api/programmes/{programme}/issued-documents", new { template });
                response.EnsureSuccessStatusCode();
                issued.Add((await response.Content.ReadFromJsonAsync<CreationResponse<Guid>>(Json.Options))!.Value);
            }

            before = await Snapshot.Of(secretariat, issued);
            before.Register.ShouldContain("\"code\":\"KN-2024-");
            before.Audit.ShouldContain("\"document_issued\"");
            await app.Stop();
        }

        var (backedUp, backupOutput) = await AppProcess.Run(privateDatabase, "backup", archive);
        backedUp.ShouldBe(0, backupOutput);
        backupOutput.ShouldStartWith($"Đã sao lưu vào {archive} (");

        // The disk is lost: the private database's whole folder goes.
        Directory.Delete(data.Path, recursive: true);
        var (restored, restoreOutput) = await AppProcess.Run(privateDatabase, "restore", archive);
        restored.ShouldBe(0, restoreOutput);
        restoreOutput.ShouldStartWith("Đã khôi phục ha-nam.zip (sao lưu lúc ");

        using (var app = await RunningApp.Start(null, samples: false, privateDatabase))
        {
            using var secretariat = await app.SignIn();
            var after = await Snapshot.Of(secretariat, issued);
            after.Register.ShouldBe(before.Register);
            after.Audit.ShouldBe(before.Audit);
            after.Documents.ShouldBe(before.Documents);

            // Restore is offline: with the app running on the same data it refuses and changes nothing.
            var (refused, refusal) = await AppProcess.Run(privateDatabase, "restore", archive);
            refused.ShouldNotBe(0);
            refusal.ShouldContain("Ứng dụng Oversight đang chạy trên cơ sở dữ liệu riêng này: hãy dừng ứng dụng rồi khôi phục");
            await app.Stop();
        }

        // The same file moves the council onto a configured server.
        var server = new Dictionary<string, string> { ["ConnectionStrings__Oversight"] = await RunningApp.NewDatabase(Fixture.ConnectionString, "restored") };
        var (moved, moveOutput) = await AppProcess.Run(server, "restore", archive);
        moved.ShouldBe(0, moveOutput);
        using (var app = await RunningApp.Start(server["ConnectionStrings__Oversight"], samples: false))
        {
            using var secretariat = await app.SignIn();
            (await Snapshot.Of(secretariat, issued)).Register.ShouldBe(before.Register);

            // There, another instance still connected is what refuses it.
            var (refused, refusal) = await AppProcess.Run(server, "restore", archive);
            refused.ShouldNotBe(0);
            refusal.ShouldContain("kết nối khác đang mở tới cơ sở dữ liệu");
        }
    }

    [Fact]
    public async Task The_daily_backup_is_taken_once_however_many_instances_check_at_the_same_moment()
    {
        using var folder = new TestFolder("daily");
        var services = Host.Services;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Backup:Folder"] = folder.Path }).Build();
        DailyBackups Instance() => new(
            new DatabaseBackups(services.GetRequiredService<OversightDatabase>(), configuration, TimeProvider.System, NullLogger<DatabaseBackups>.Instance),
            services.GetRequiredService<OversightDatabase>(), services.GetRequiredService<IDocumentStore>(),
            Options.Create(new BackupSettings { Daily = true, Keep = 3 }), services.GetRequiredService<CommandLine>(), TimeProvider.System,
            NullLogger<DailyBackups>.Instance);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Instance().RunIfDue(CancellationToken.None))));

        outcomes.Count(outcome => outcome == DailyBackupOutcome.Written).ShouldBe(1, string.Join(", ", outcomes));
        outcomes.ShouldAllBe(outcome => outcome == DailyBackupOutcome.Written || outcome == DailyBackupOutcome.AlreadyTaken
            || outcome == DailyBackupOutcome.UnderWayElsewhere);
        (await Instance().RunIfDue(CancellationToken.None)).ShouldBe(DailyBackupOutcome.AlreadyTaken);
        var written = Directory.GetFiles(folder.Path).ShouldHaveSingleItem();
        Path.GetFileName(written).ShouldStartWith("oversight-daily-");
        using (BackupArchive.Open(written, BackupArchive.AppVersion))
        {
        }

        await using var query = Fixture.Store.QuerySession();
        (await query.Query<DailyBackupRecord>().SingleAsync()).File.ShouldBe(written);
    }
}
