using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Persons;

namespace CaseFlow.Grains.Tests.Persons;

/// <summary>GB 11643 rules with the DOMAIN.md §3.2 test vectors.</summary>
public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Gender.Female)]
    [InlineData("53010219200508011X", 1920, 5, 8, Gender.Male)]
    [InlineData("440524188001010014", 1880, 1, 1, Gender.Male)]
    [InlineData("110101199003078515", 1990, 3, 7, Gender.Male)]
    public void Valid_vectors_parse_with_birth_date_and_gender(string input, int year, int month, int day, Gender gender)
    {
        // 440524188001010014 has a valid check character but a birth year before 1900: refused by the date rule.
        var ok = ResidentIdNumber.TryParse(input, Today, out var id, out var error);

        if (year < 1900)
        {
            Assert.False(ok);
            Assert.Equal(DomainErrorCodes.IdBirthDate, error);
            return;
        }

        Assert.True(ok, error);
        Assert.Equal(input, id.Value);
        Assert.Equal(new DateOnly(year, month, day), id.BirthDate);
        Assert.Equal(gender, id.Gender);
    }

    [Fact]
    public void The_1880_vector_has_a_valid_check_character()
    {
        Assert.Equal('4', ResidentIdNumber.ComputeCheckCharacter("44052418800101001"));
    }

    [Fact]
    public void Wrong_check_character_is_ID_CHECKSUM()
    {
        Assert.False(ResidentIdNumber.TryParse("530102192005080119", Today, out _, out var error));
        Assert.Equal(DomainErrorCodes.IdChecksum, error);
    }

    [Theory]
    [InlineData(" 11010519491231002x ")]
    [InlineData("11010519491231002x")]
    public void Input_is_trimmed_and_x_upper_cased(string input)
    {
        Assert.True(ResidentIdNumber.TryParse(input, Today, out var id, out _));
        Assert.Equal("11010519491231002X", id.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1101051949123100")]
    [InlineData("1101051949123100211")]
    [InlineData("11010519491231002Y")]
    [InlineData("1101051949-231002X")]
    [InlineData("X10105194912310021")]
    [InlineData("11010519491231 02X")]
    [InlineData("13050367040100X")]
    public void Malformed_is_ID_FORMAT(string? input)
    {
        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Equal(DomainErrorCodes.IdFormat, error);
    }

    [Theory]
    [InlineData("19990230")]  // not a real date
    [InlineData("20260302")]  // tomorrow
    [InlineData("18991231")]  // before 1900
    public void Bad_birth_date_is_ID_BIRTHDATE(string birth)
    {
        var body = "110105" + birth + "002";
        Assert.False(ResidentIdNumber.TryParse(body + ResidentIdNumber.ComputeCheckCharacter(body), Today, out _, out var error));
        Assert.Equal(DomainErrorCodes.IdBirthDate, error);
    }

    [Fact]
    public void Born_today_is_accepted()
    {
        var body = "110105" + "20260301" + "002";
        Assert.True(ResidentIdNumber.TryParse(body + ResidentIdNumber.ComputeCheckCharacter(body), Today, out _, out _));
    }

    [Fact]
    public void Legacy_15_digit_number_is_converted()
    {
        Assert.Equal("130503196704010016", ResidentIdNumber.ConvertLegacy("130503670401001"));
        Assert.True(ResidentIdNumber.TryParse("130503670401001", Today, out var id, out _));
        Assert.Equal("130503196704010016", id.Value);
        Assert.Equal(Gender.Male, id.Gender);
    }

    [Fact]
    public void Masks_and_ToString_never_show_the_full_number()
    {
        Assert.True(ResidentIdNumber.TryParse("11010519491231002X", Today, out var id, out _));

        Assert.Equal("1101**********002X", id.Masked);
        Assert.Equal("1101**********002X", id.ToString());
        Assert.Equal("1101**********002X", $"{id}");
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("09155212345", "091****2345")]
    [InlineData("1234567", "*******")]
    public void Phone_masking(string phone, string masked)
    {
        Assert.Equal(masked, PiiMasking.MaskPhone(phone));
    }

    [Theory]
    [InlineData(" 138-1234-1234 ", "13812341234")]
    [InlineData("+86 138 1234 1234", "+8613812341234")]
    [InlineData("12345", null)]
    [InlineData("138abc41234", null)]
    public void Phone_normalisation(string input, string? expected)
    {
        Assert.Equal(expected, PhoneNumber.Normalise(input));
    }

    [Fact]
    public void Id_mask_is_4_stars10_4()
    {
        Assert.Equal("6109**********123X", PiiMasking.MaskIdNumber("61092119800101123X"));
    }
}
