using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Oversight.Hosting;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

public sealed class PrivatePostgresTests
{
    static PrivatePostgresSettings SettingsFor(string folder, string? binaries = null) =>
        new(folder, Environment.IsPrivilegedProcess ? "postgres" : null, binaries);

    [Fact]
    public async Task Data_survives_a_stop_and_a_second_instance_is_refused_while_it_runs()
    {
        using var folder = new TestFolder("pg");
        var settings = SettingsFor(folder.Path);

        using (var first = PrivatePostgres.Start(settings, NullLogger.Instance))
        {
            await Execute(first.ConnectionString, "create table kept (note text); insert into kept values ('Biên bản làm việc')");

            var refused = Should.Throw<PrivatePostgresException>(() => PrivatePostgres.Start(settings, NullLogger.Instance));
            refused.Message.ShouldContain("đang được một tiến trình Oversight khác sử dụng");
        }

        using var second = PrivatePostgres.Start(settings, NullLogger.Instance);
        await using var connection = new NpgsqlConnection(second.ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select note from kept", connection);
        (await read.ExecuteScalarAsync()).ShouldBe("Biên bản làm việc");
    }

    [Fact]
    public void Missing_server_binaries_are_reported_with_how_to_install_them()
    {
        using var folder = new TestFolder("nopg");
        using var empty = new TestFolder("nobin");

        var problem = Should.Throw<PrivatePostgresException>(() => PrivatePostgres.Start(SettingsFor(folder.Path, empty.Path), NullLogger.Instance));

        problem.Message.ShouldContain("sudo apt-get install postgresql");
    }

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
