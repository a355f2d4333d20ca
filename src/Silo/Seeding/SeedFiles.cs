namespace CaseFlow.Silo.Seeding;

/// <summary>Locates the <c>seeds/</c> folder that the build copies next to the node's binaries.</summary>
internal sealed class SeedFiles(string root)
{
    public static SeedFiles Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "seeds"));

    public Stream Open(string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        return File.Exists(path)
            ? File.OpenRead(path)
            : throw new FileNotFoundException($"Seed file '{relativePath}' is missing from the seeds folder next to the node.", relativePath);
    }
}
