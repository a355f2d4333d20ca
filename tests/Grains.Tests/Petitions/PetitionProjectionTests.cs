using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Contracts.Petitions;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Petitions;
using CaseFlow.Grains.Petitions.ReadModel;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Infrastructure;
using CaseFlow.Grains.Tests.Persons;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Grains.Tests.Petitions;

/// <summary>The petition projection, tracker list and statistics against a real SQLite schema.</summary>
public sealed class PetitionProjectionTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caseflow-petitions-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly PetitionProjection _projection = new(PersonStateSerializationTests.Serializer);
    private readonly PetitionClocks _clocks = new(ShippedCalendar.Instance);
    private CaseFlowDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource($"Data Source={_path};Pooling=False"), SqlDialect.Sqlite);
        await new SchemaMigrator(_database).MigrateAsync();
    }

    public Task DisposeAsync()
    {
        File.Delete(_path);
        return Task.CompletedTask;
    }

    private async Task ApplyAsync(string id, PetitionFile file)
    {
        var state = new PetitionState { File = file, Version = 3, RegisteredAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch };
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await _projection.ApplyAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), id, 3,
            PersonStateSerializationTests.Serializer.Serialize(state), default);
        await transaction.CommitAsync();
    }

    private PetitionFile Registered(DateOnly received, string? town = "T1", PetitionItemType type = PetitionItemType.ComplaintOrRequest) =>
        PetitionRules.Register(new RegisterPetition("o", null, "王五", null, null, null, PetitionChannel.Letter, type, ProblemCategory.Subsidy, "m", received, 1),
            Today, _clocks).Next! with { TownCode = town, VillageCode = town is null ? null : town + "-V1" };

    private PetitionFile Accepted(DateOnly received, DateOnly accepted) =>
        PetitionRules.StartHandling(PetitionRules.Accept(Registered(received), new AcceptPetition("o", null, null, true, accepted, null), Today).Next!, _clocks);

    [Fact(DisplayName = "The tracker gives each petition its running clock, days left, colour and overdue flag, soonest due first")]
    public async Task Tracker_rows_carry_clock_state()
    {
        await ApplyAsync("Q-red", Registered(new DateOnly(2026, 1, 5)));            // notice due 01-20: overdue
        await ApplyAsync("Q-amber", Accepted(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 10))); // handling due 03-11, warn 02-24
        await ApplyAsync("Q-green", Registered(new DateOnly(2026, 2, 26)));         // notice due 03-13, warn 03-09
        var queries = new PetitionQueries(_database);

        var page = await queries.ListAsync(new PetitionListQuery(Today));
        var overdue = await queries.ListAsync(new PetitionListQuery(Today) { Overdue = true });
        var notOverdue = await queries.ListAsync(new PetitionListQuery(Today) { Overdue = false });
        var amber = await queries.ListAsync(new PetitionListQuery(Today) { Colour = "amber" });
        var handling = await queries.ListAsync(new PetitionListQuery(Today) { Stage = "handling" });

        Assert.Equal(["Q-red", "Q-amber", "Q-green"], page.Items.Select(i => i.Id));
        var red = page.Items[0];
        Assert.Equal(("notice", -40, "red", true, true), (red.Clock, red.DaysLeft, red.Colour, red.Overdue, red.NoticeLate || red.Overdue));
        Assert.Equal(("handling", 10, "amber"), (page.Items[1].Clock, page.Items[1].DaysLeft, page.Items[1].Colour));
        Assert.True(page.Items[1].NoticeLate is false);
        Assert.Equal("green", page.Items[2].Colour);
        Assert.Equal("Q-red", Assert.Single(overdue.Items).Id);
        Assert.Equal(2, notOverdue.Total);
        Assert.Equal("Q-amber", Assert.Single(amber.Items).Id);
        Assert.Equal("Q-amber", Assert.Single(handling.Items).Id);
    }

    [Fact(DisplayName = "A town scope sees only its town's petitions, never county-level or report-of-wrongdoing items")]
    public async Task Scope_is_applied_in_sql()
    {
        await ApplyAsync("Q1", Registered(new DateOnly(2026, 2, 26), "T1"));
        await ApplyAsync("Q2", Registered(new DateOnly(2026, 2, 26), "T2"));
        await ApplyAsync("Q3", Registered(new DateOnly(2026, 2, 26), null));
        await ApplyAsync("Q4", Registered(new DateOnly(2026, 2, 26), "T1", PetitionItemType.ReportOfWrongdoing));
        var queries = new PetitionQueries(_database);
        var town = new PetitionScope(new JurisdictionScope(false, ["T1"], []), Restricted: false);

        var townPage = await queries.ListAsync(new PetitionListQuery(Today, Scope: town));
        var countyPage = await queries.ListAsync(new PetitionListQuery(Today, Scope: new PetitionScope(JurisdictionScope.Everywhere, true)));
        var townStats = await queries.StatsAsync(Today, town);

        Assert.Equal(["Q1"], townPage.Items.Select(i => i.Id));
        Assert.Equal(4, countyPage.Total);
        Assert.Equal(1, townStats.Total);
    }

    [Fact(DisplayName = "Statistics count open, overdue, at risk, extensions, late notices and group by status and channel")]
    public async Task Stats_count_the_tracker()
    {
        var late = PetitionRules.StartHandling(PetitionRules.Accept(Registered(new DateOnly(2026, 1, 5)),
            new AcceptPetition("o", null, null, true, new DateOnly(2026, 1, 25), null), Today).Next!, _clocks);
        await ApplyAsync("Q1", late);
        await ApplyAsync("Q2", Registered(new DateOnly(2026, 1, 5)) with { RepeatOf = "Q1", RepeatCount = 1 });
        await ApplyAsync("Q3", PetitionRules.Extend(Accepted(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 2)),
            new ExtendPetition("d", null, null, 10, "c", "j", null), Today, _clocks).Next!);

        var stats = await new PetitionQueries(_database).StatsAsync(Today, null);

        Assert.Equal((3, 3, 1, 1, 1, 0, 1), (stats.Total, stats.Open, stats.Overdue, stats.Extended, stats.NoticeLate, stats.HandlingLate, stats.Repeats));
        Assert.Equal(2, stats.ByStatus["Accepted"]);
        Assert.Equal(3, stats.ByChannel["Letter"]);
    }
}
