using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Workflows.Parsing;

namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Deploys every <c>seeds/processes/*.bpmn</c> file and publishes what it deployed, so a fresh node can start the
/// county's processes at once.
/// </summary>
/// <remarks>
/// Idempotent: a file equal to its key's latest version stores nothing (R80), and only a draft is published, so a
/// version an administrator retired on purpose stays retired across restarts. A file that fails to parse or deploy
/// is logged and skipped: one bad seed must not keep the node from starting.
/// </remarks>
internal sealed class ProcessSeeder(IGrainFactory grains, ILogger<ProcessSeeder> logger)
{
    /// <summary>The actor recorded on the seeded versions' deploy and publish history.</summary>
    public const string Actor = "system:seed";

    private readonly string folder = Path.Combine(AppContext.BaseDirectory, "seeds", "processes");

    /// <summary>Deploys and publishes the seeded files; returns how many process versions were newly published.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var published = 0;
        foreach (var path in Directory.GetFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            published += await SeedFileAsync(path, cancellationToken).ConfigureAwait(false);
        }

        return published;
    }

    private async Task<int> SeedFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var parsed = BpmnParser.Parse(bytes, ProcessParsing.Options);
        if (parsed.HasErrors)
        {
            ProcessSeedLog.FileInvalid(logger, file, parsed.Diagnostics.First(d => d.IsError).Code);
            return 0;
        }

        // File.ReadAllText honours a byte-order mark, as the upload endpoint's decoding does.
        var command = new DeployProcess(Actor, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        var published = 0;
        foreach (var key in (parsed.Definitions?.ExecutableProcesses ?? []).Select(p => p.Key).Distinct(StringComparer.Ordinal))
        {
            var grain = grains.GetGrain<IProcessDefinitionGrain>(key);
            var deployed = await grain.DeployAsync(command).ConfigureAwait(false);
            if (deployed.Version is not { } version)
            {
                ProcessSeedLog.DeployRefused(logger, file, key, deployed.Error?.Code ?? "unknown");
                continue;
            }

            if (version.Status == ProcessVersionStatus.Draft)
            {
                var result = await grain.PublishAsync(version.Version, Actor).ConfigureAwait(false);
                if (result.Error is { } error)
                {
                    ProcessSeedLog.PublishRefused(logger, key, version.Version, error.Code);
                    continue;
                }

                published++;
            }

            ProcessSeedLog.ProcessSeeded(logger, key, version.Version, !deployed.Unchanged);
        }

        return published;
    }
}
