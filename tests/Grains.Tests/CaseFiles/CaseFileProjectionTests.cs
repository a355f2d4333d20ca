using CaseFlow.Grains.CaseFiles;
using CaseFlow.Grains.Contracts.CaseFiles;
using CaseFlow.Grains.Persons;
using CaseFlow.Grains.Persons.ReadModel;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using CaseFlow.Grains.Tests.Persons;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Grains.Tests.CaseFiles;

/// <summary>The case-file columns of the person list (<c>rm_person_case_files</c>) and their filters, against a real SQLite schema.</summary>
public sealed class CaseFileProjectionTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caseflow-casefile-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly PersonProjection _projection = new(PersonStateSerializationTests.Serializer);
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

    private async Task ApplyAsync(string personId, PersonCaseFile? file)
    {
        var state = PersonStateSerializationTests.SampleState();
        state.CaseFile = file;
        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await _projection.ApplyAsync(new ProjectionContext(connection, transaction, SqlDialect.Sqlite), personId, state.Version,
            PersonStateSerializationTests.Serializer.Serialize(state), default);
        await transaction.CommitAsync();
    }

    private static PersonCaseFile CaseFile(int grade, int openProblems, MonitoringStatus? monitoring)
    {
        var profile = PersonStateSerializationTests.SampleState().Profile!;
        var context = new CaseFileContext(profile, PersonCaseFile.Empty, new DateOnly(2026, 3, 1), DateTimeOffset.UnixEpoch, new BenefitOptions());
        var file = CaseFileRules.IssueCertificate(context, new IssueCertificate("a", null, DisabilityCategory.Visual, grade, [], 3, false, null, null, "县残联",
            null, false, null, null)).Next!;
        for (var i = 0; i < openProblems; i++)
        {
            file = CaseFileRules.RecordProblem(context with { File = file }, new RecordProblem("a", null, null, new ProblemInput(ProblemCategory.Other, "p", null))).Next!;
        }

        return monitoring is { } status
            ? file with { Monitoring = new MonitoringFlag(MonitoringCategory.SuddenHardship, status, new DateOnly(2026, 1, 1), "visit", new DateOnly(2026, 1, 1)) }
            : file;
    }

    [Fact(DisplayName = "Lists filter in SQL on certificate grade, open problems and monitoring status, and show them per row")]
    public async Task Case_file_filters()
    {
        await ApplyAsync("P1", CaseFile(1, 2, MonitoringStatus.Determined));
        await ApplyAsync("P2", CaseFile(3, 0, MonitoringStatus.Eliminated));
        await ApplyAsync("P3", null);
        var queries = new PersonQueries(_database);

        var grade1 = await queries.ListAsync(new PersonListQuery(null, null, null) { CertificateGrade = 1 });
        var withProblems = await queries.ListAsync(new PersonListQuery(null, null, null) { HasOpenProblems = true });
        var withoutProblems = await queries.ListAsync(new PersonListQuery(null, null, null) { HasOpenProblems = false });
        var monitored = await queries.ListAsync(new PersonListQuery(null, null, null) { Monitoring = PersonListQuery.AnyMonitoring });
        var eliminated = await queries.ListAsync(new PersonListQuery(null, null, null) { Monitoring = "Eliminated" });

        var row = Assert.Single(grade1.Items);
        Assert.Equal(("P1", 1, 2, "Determined"), (row.Id, row.CertificateGrade, row.OpenProblems, row.MonitoringStatus));
        Assert.Equal("P1", Assert.Single(withProblems.Items).Id);
        Assert.Equal(["P2", "P3"], withoutProblems.Items.Select(i => i.Id).Order());
        Assert.Equal("P1", Assert.Single(monitored.Items).Id);
        Assert.Equal("P2", Assert.Single(eliminated.Items).Id);
    }
}
