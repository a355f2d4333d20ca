using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Messages;

/// <summary>A PostgreSQL node on a fake clock that buffers <see cref="BufferingSettings.BufferedName"/>.</summary>
public sealed class PostgresBufferingNodeFixture : PostgresFakeTimeNodeFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => BufferingSettings.Values;
}
