using System.Diagnostics;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Organisation;

namespace CaseFlow.Silo.Seeding;

/// <summary>
/// Registers the first N <see cref="SyntheticPeople"/> through the person grains, the same path a caseworker's
/// registration takes, skipping people who already exist so that seeding can be repeated or resumed.
/// </summary>
internal sealed class PeopleSeeder(IGrainFactory grains, IJurisdictionDirectory directory)
{
    /// <summary>Seeds people 0..count-1; returns how many were registered now.</summary>
    public async Task<int> SeedAsync(int count, int concurrency, Action<int, int, TimeSpan>? progress, CancellationToken cancellationToken)
    {
        var villages = (await directory.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(j => j.Level == JurisdictionLevel.Village)
            .ToList();
        if (villages.Count == 0 || count <= 0)
        {
            return 0;
        }

        var next = -1;
        var done = 0;
        var created = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count && !cancellationToken.IsCancellationRequested)
            {
                if (await RegisterIfMissingAsync(n, villages).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref created);
                }

                var finished = Interlocked.Increment(ref done);
                if (finished % 1000 == 0 || finished == count)
                {
                    progress?.Invoke(finished, count, clock.Elapsed);
                }
            }
        })).ConfigureAwait(false);
        return created;
    }

    private async Task<bool> RegisterIfMissingAsync(int n, IReadOnlyList<Jurisdiction> villages)
    {
        var person = grains.GetGrain<IPersonGrain>(SyntheticPeople.PersonId(n));
        if (await person.ExistsAsync().ConfigureAwait(false))
        {
            return false;
        }

        var result = await person.RegisterAsync(SyntheticPeople.Registration(n, villages)).ConfigureAwait(false);
        return result.Error is null;
    }
}
