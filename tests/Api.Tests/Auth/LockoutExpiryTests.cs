using CaseFlow.Api.Auth;
using CaseFlow.Api.Common;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseFlow.Api.Tests.Auth;

/// <summary>A locked account refuses even the right password until the lock expires, then signs in again; on a fake clock.</summary>
public sealed class LockoutExpiryTests
{
    [Fact]
    public async Task Lock_holds_for_the_lockout_duration_and_then_expires()
    {
        // Arrange: one user on a fresh database, a fake clock, and the default policy (5 failures, 15 minutes).
        var path = Path.Combine(Path.GetTempPath(), "caseflow-tests", Guid.NewGuid().ToString("N"), "lock.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var database = new CaseFlowDatabase(SqliteFactory.Instance.CreateDataSource($"Data Source={path}"), SqlDialect.Sqlite);
        await new SchemaMigrator(database).MigrateAsync();
        var users = new SqlUserStore(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8)));
        await users.CreateAsync("U1", "lock.test", "锁定测试", PasswordHasher.Hash("right-password-123"), clock.GetUtcNow());
        var options = new AuthOptions();
        var service = new SignInService(users, options, clock, NullLogger<SignInService>.Instance);

        // Act + Assert: the fifth failure locks; the right password is refused while locked.
        for (var i = 0; i < options.MaxFailedAttempts - 1; i++)
        {
            Assert.Equal(ApiErrorCodes.InvalidCredentials, (await service.SignInAsync("lock.test", "wrong", default)).ErrorCode);
        }

        Assert.Equal(ApiErrorCodes.AccountLocked, (await service.SignInAsync("lock.test", "wrong", default)).ErrorCode);
        clock.Advance(options.LockoutDuration - TimeSpan.FromSeconds(1));
        Assert.Equal(ApiErrorCodes.AccountLocked, (await service.SignInAsync("lock.test", "right-password-123", default)).ErrorCode);

        // One second later the lock has expired.
        clock.Advance(TimeSpan.FromSeconds(2));
        var outcome = await service.SignInAsync("lock.test", "right-password-123", default);
        Assert.Null(outcome.ErrorCode);
        Assert.Equal("U1", outcome.User!.Id);
    }
}
