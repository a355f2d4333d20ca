using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseFlow.Grains.Identity;

/// <summary>
/// Password hashes as self-describing strings: <c>v1$pbkdf2-sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt;</c>
/// (salt and hash in base64).
/// </summary>
/// <remarks>
/// The version and iteration count travel with each hash, so the cost can be raised later and old hashes still
/// verify. Each user gets a random 16-byte salt, which makes equal passwords hash differently.
/// </remarks>
public static class PasswordHasher
{
    /// <summary>PBKDF2 iterations for new hashes; well above the 100k floor, cheap enough for a two-core node.</summary>
    public const int Iterations = 210_000;

    private const string Version = "v1";
    private const string Algorithm = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations);
        return string.Join('$', Version, Algorithm, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> matches; false for a wrong password or an unreadable hash.</summary>
    public static bool Verify(string password, string? encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        var parts = encoded?.Split('$');
        if (parts is not [Version, Algorithm, var iterationsText, var saltText, var hashText]
            || !int.TryParse(iterationsText, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations < 1)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(saltText);
            expected = Convert.FromBase64String(hashText);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations, expected.Length), expected);
    }

    /// <summary>
    /// Spends the same work as a real check, so a login that does not exist answers no faster than a wrong password.
    /// </summary>
    public static void VerifyNothing(string password) =>
        Derive(password ?? string.Empty, new byte[SaltBytes], Iterations);

    private static byte[] Derive(string password, byte[] salt, int iterations, int length = HashBytes) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, length);
}
