using CaseFlow.Grains.Identity;

namespace CaseFlow.Grains.Tests.Identity;

/// <summary>Password hashes are salted, versioned PBKDF2 strings that verify only the right password.</summary>
public sealed class PasswordHasherTests
{
    [Fact]
    public void Hash_is_versioned_salted_and_verifies_only_the_right_password()
    {
        var first = PasswordHasher.Hash("correct horse");
        var second = PasswordHasher.Hash("correct horse");

        Assert.StartsWith("v1$pbkdf2-sha256$210000$", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("correct horse", first, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("correct horse", first));
        Assert.True(PasswordHasher.Verify("correct horse", second));
        Assert.False(PasswordHasher.Verify("correct horsf", first));
        Assert.False(PasswordHasher.Verify("", first));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain-text")]
    [InlineData("v2$pbkdf2-sha256$1000$AAAA$AAAA")]
    [InlineData("v1$pbkdf2-sha256$notanumber$AAAA$AAAA")]
    [InlineData("v1$pbkdf2-sha256$1000$***$AAAA")]
    public void Unreadable_hashes_never_verify(string? encoded)
    {
        Assert.False(PasswordHasher.Verify("anything", encoded));
    }

    [Fact]
    public void Iteration_count_in_the_string_is_honoured_so_old_hashes_keep_working()
    {
        // A hash written with a lower cost (as an older version would have) still verifies.
        var salt = new byte[16];
        var hash = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(
            "old"u8.ToArray(), salt, 150_000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        var encoded = $"v1$pbkdf2-sha256$150000${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";

        Assert.True(PasswordHasher.Verify("old", encoded));
        Assert.False(PasswordHasher.Verify("new", encoded));
    }
}
