using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Messages;

/// <summary>A SQLite node on a fake clock that buffers <see cref="BufferingSettings.BufferedName"/>.</summary>
public sealed class SqliteBufferingNodeFixture : SqliteFakeTimeNodeFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => BufferingSettings.Values;
}
