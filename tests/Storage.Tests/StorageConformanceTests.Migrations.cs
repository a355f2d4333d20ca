using CaseFlow.Grains.Storage;

namespace CaseFlow.Storage.Tests;

public abstract partial class StorageConformanceTests<TFixture>
{
    [Fact]
    public async Task Migrations_are_idempotent()
    {
        var migrator = new SchemaMigrator(Fixture.Database);

        Assert.Empty(await migrator.MigrateAsync());
        Assert.Empty(await migrator.MigrateAsync());

        // Every script must also survive a second run on its own (a node racing the record, a manual re-apply).
        foreach (var script in SchemaMigrator.ScriptIds(Fixture.Dialect))
        {
            await Fixture.RunScriptTextAsync(script);
            await Fixture.RunScriptTextAsync(script);
        }

        var id = NewGrainId();
        var written = await WriteAsync(id, "after re-running the scripts", null);
        Assert.Equal("1", written.ETag);
        Assert.Equal("after re-running the scripts", (await ReadAsync(id)).State!.Value);
    }
}
