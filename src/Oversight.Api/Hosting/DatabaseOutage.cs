namespace Oversight.Hosting;

/// <summary>
/// The database cannot be reached (stopped, restarting, network): nothing was written, and the client should
/// try again later — a 503, never a 500 or a hang. Sign-in checks that could not read their account mark the
/// request so that it is answered 503 rather than "not signed in".
/// </summary>
public static class DatabaseOutage
{
    const string Key = "oversight.database-unavailable";

    public static bool Is(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is Npgsql.NpgsqlException { IsTransient: true } or System.Net.Sockets.SocketException
                || current is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.AdminShutdown or Npgsql.PostgresErrorCodes.CannotConnectNow })
            {
                return true;
            }
        }

        return false;
    }

    public static void Mark(HttpContext context) => context.Items[Key] = true;

    public static bool IsMarked(HttpContext context) => context.Items.ContainsKey(Key);
}
