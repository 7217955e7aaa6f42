namespace Oversight.Tests.Support;

/// <summary>A fresh folder under /tmp (which the PostgreSQL server user can enter), removed on dispose.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"oversight-{purpose}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
