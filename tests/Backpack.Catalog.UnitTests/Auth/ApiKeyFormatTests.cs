using Backpack.Catalog.Api.Infrastructure.Auth;

namespace Backpack.Catalog.UnitTests.Auth;

public sealed class ApiKeyFormatTests
{
    [Fact]
    public void Generated_keys_are_well_formed_unique_and_carry_their_id()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKeyFormat.Generate()).ToList();

        keys.Select(k => k.Key).Distinct().Count().ShouldBe(200);
        keys.Select(k => k.KeyId).Distinct().Count().ShouldBe(200);
        keys.ShouldAllBe(k => ApiKeyFormat.KeyIdOf(k.Key) == k.KeyId);
        keys.ShouldAllBe(k => k.Key.StartsWith("bpk_" + k.KeyId + "_", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_matches_its_own_hash_only()
    {
        var (_, key) = ApiKeyFormat.Generate();
        var (_, other) = ApiKeyFormat.Generate();
        var hash = ApiKeyFormat.Hash(key);

        hash.Length.ShouldBe(64);
        hash.ShouldNotContain(key[4..]);
        ApiKeyFormat.Matches(key, hash).ShouldBeTrue();
        ApiKeyFormat.Matches(other, hash).ShouldBeFalse();
        ApiKeyFormat.Matches(key[..^1] + (key[^1] == 'a' ? 'b' : 'a'), hash).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("bpk_")]
    [InlineData("bpk_short_abcdefghijklmnopqrstuvwxyzABCDEF")]
    [InlineData("bpk_abcdefgh_tooShortSecret")]
    [InlineData("BPK_abcdefgh_abcdefghijklmnopqrstuvwxyzABCDEF")]
    [InlineData("bpk_abcdefgh_abcdefghijklmnopqrstuvwxyzABCDEF!")]
    [InlineData("bpk_abcdefgh_abcdefghijklmnopqrstuvwxyzABCDEF\n")]
    [InlineData("bpk_abc'defgh_abcdefghijklmnopqrstuvwxyzABCDEF")]
    [InlineData("Bearer bpk_abcdefgh_abcdefghijklmnopqrstuvwxyzABCDEF")]
    public void Malformed_keys_have_no_key_id_and_never_reach_the_database(string presented) =>
        ApiKeyFormat.KeyIdOf(presented).ShouldBeNull();

    [Theory]
    [InlineData("")]
    [InlineData("not-hex")]
    [InlineData("abcd")]
    public void A_stored_hash_that_is_not_a_sha256_never_matches(string storedHash)
    {
        var (_, key) = ApiKeyFormat.Generate();
        ApiKeyFormat.Matches(key, storedHash).ShouldBeFalse();
    }
}
