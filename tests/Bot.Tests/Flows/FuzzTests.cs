using System.Text;
using Participatie.Bot.Schema;
using Participatie.Bot.State;
using Participatie.Bot.Tests.Testing;

namespace Participatie.Bot.Tests.Flows;

public sealed class FuzzTests
{
    private static readonly string[] Hostile =
    [
        "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "'; DROP TABLE initiatieven; --",
        "{{7*7}}", "${jndi:ldap://x}", "{0}{1}{2}", "%s%s%n", "\u202Egniht emos\u202C", "\u200B\u200B\u200B", "\uFEFF", "\u0000\u0001\u0002",
        "😀🎉👍🏽👨‍👩‍👧‍👦", "🏳️‍🌈", "ａｂｃ", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "مرحبا", "你好", "null", "undefined", "NaN", "-1", "1e309", "0x10",
        "\\u0000", "\r\n\r\n", "\t", "     ", "?", "!!!", "...", "INI-2026-", "1234", "1234 SS", "31-02-2027", "€", "€ -5", "99999999999999999999",
    ];

    private static readonly string[] Plausible =
    [
        "ja", "nee", "stop", "help", "opnieuw", "menu", "hallo", "bedankt", "ik wil een buurtbarbecue organiseren", "welke ondersteuning kan ik krijgen",
        "status", "5341 AB", "ruwaard", "Binnenstad", "15 maart", "morgen", "volgende week vrijdag", "€ 1.500", "1500 euro", "geen idee",
        "geld en ruimte", "klaar", "1", "2", "25", "Fatima", "fatima@example.nl", "06 12345678", "INI-2026-0042", "Iets wijzigen", "titel", "weet ik niet",
    ];

    [Fact]
    public async Task Conversation_ThousandsOfRandomAndHostileUtterances_AlwaysAnswersPolitelyWithoutErrors()
    {
        var random = new Random(20261121);
        var turns = 0;
        var created = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var conversation = 0; conversation < 40; conversation++)
        {
            var storage = new MemoryBotStorage();
            var diensten = new FakeDiensten();
            var locale = conversation % 4 == 3 ? "en-US" : conversation % 7 == 0 ? null : "nl-NL";
            var chat = new TestConversation(storage, diensten, locale: locale ?? "nl-NL", conversationId: $"fuzz-{conversation}");
            IReadOnlyList<Activity> last = await chat.SendActivityAsync(chat.ConversationUpdate(chat.UserId));

            for (var turn = 0; turn < 100; turn++)
            {
                if (random.Next(50) == 0)
                {
                    // The host restarts: new bot objects over the same storage.
                    chat = new TestConversation(storage, diensten, locale: locale ?? "nl-NL", conversationId: $"fuzz-{conversation}");
                }

                if (random.Next(25) == 0)
                {
                    var other = random.Next(2) == 0 ? chat.Event("webchat/join") : chat.ConversationUpdate(chat.UserId);
                    await chat.SendActivityAsync(other);
                    Assert.Empty(chat.Errors);
                    continue;
                }

                var text = Utterance(random, last);
                var replies = await chat.SendAsync(text);
                turns++;

                Assert.Empty(chat.Errors);
                Assert.NotEmpty(replies);
                Assert.All(replies, reply =>
                {
                    Assert.Equal(ActivityTypes.Message, reply.Type);
                    Assert.False(string.IsNullOrWhiteSpace(reply.Text));
                    Assert.Equal(TextFormatTypes.Plain, reply.TextFormat);
                    Assert.True(reply.Text!.Length < 6000, $"reply of {reply.Text.Length} characters");
                    Assert.NotNull(reply.ReplyToId);
                    Assert.DoesNotContain("Sorry, er ging bij mij iets mis", reply.Text, StringComparison.Ordinal);
                    Assert.DoesNotContain("Sorry, something went wrong", reply.Text, StringComparison.Ordinal);
                });
                last = replies;
                foreach (var marker in new[] { "korte titel", "Welke hulp", "Wanneer wilt u beginnen", "Dit heb ik genoteerd", "per soort ondersteuning", "referentienummer", "short title" })
                {
                    if (replies.AllText().Contains(marker, StringComparison.Ordinal))
                    {
                        seen.Add(marker);
                    }
                }
            }

            created += diensten.Aanvragen.Count;
        }

        Assert.True(turns >= 3000, $"only {turns} turns");

        // The random walk really went through the dialogs, not only the menu.
        Assert.Equal(7, seen.Count);
        Assert.True(created > 0, "no initiative was created during the fuzz run");
    }

    [Fact]
    public async Task Conversation_ServiceThrows_AnswersWithApologyAndCanContinue()
    {
        var chat = new TestConversation();
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        await chat.SendAsync("Barbecue");
        chat.Diensten.ThrowOnSearch = true;
        (await chat.SendAsync("5341 AB")).ShouldContain("er ging bij mij iets mis");
        Assert.Single(chat.Errors);

        chat.Diensten.ThrowOnSearch = false;
        (await chat.SendAsync("5341 AB")).ShouldContain("Binnenstad").ShouldContain("Voor wie");
    }

    // A sensible answer to the last question, so the random walk also gets deep into the dialogs.
    private static readonly (string Question, string Answer)[] Answers =
    [
        ("Wat is uw idee", "Een buurtfeest voor iedereen"), ("What is your idea", "A street party"), ("korte titel", "Buurtfeest"), ("short title", "Street party"),
        ("postcode of de naam", "5341 AB"), ("postcode or the name", "5341 AB"), ("Voor wie", "kinderen"), ("Who is the", "children"),
        ("met wie", "buren"), ("organising it with", "neighbours"), ("hoeveel buurtbewoners", "12"), ("how many neighbours", "12"),
        ("Wat kost", "€ 500"), ("how much will it cost", "500"), ("Hoeveel geld", "100"), ("how much money", "100"),
        ("Wanneer", "15 maart"), ("When do you", "15 March"), ("uw naam", "Fatima de Vries"), ("your name", "Sam Jansen"),
        ("e-mailadres of telefoonnummer", "fatima@example.nl"), ("e-mail address or phone", "sam@example.com"),
        ("referentienummer", "INI-2026-0042"), ("reference number", "INI-2026-0042"), ("postcode waar", "5341 AB"), ("postcode where", "5341 AB"),
    ];

    [Fact]
    public async Task Intake_ConfirmationRetriedAfterFailedTurn_SendsSameIdempotencyKey()
    {
        var storage = new MemoryBotStorage();
        var chat = new TestConversation(storage);
        await IntakeDialogTests.RunToSummaryAsync(chat);
        var racing = new TestConversation(new ConflictOnceStorage(storage), chat.Diensten);

        (await racing.SendAsync("ja")).ShouldContain("er ging bij mij iets mis");
        (await racing.SendAsync("ja")).ShouldContain("referentienummer");

        Assert.Equal(2, chat.Diensten.Aanvragen.Count);
        Assert.Equal(chat.Diensten.Aanvragen[0].Idempotentiesleutel, chat.Diensten.Aanvragen[1].Idempotentiesleutel);
        Assert.StartsWith(chat.ConversationId + "/", chat.Diensten.Aanvragen[0].Idempotentiesleutel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_StateChangedByAnotherTurn_AnswersWithApologyInsteadOfLosingAnUpdate()
    {
        var storage = new MemoryBotStorage();
        var chat = new TestConversation(storage);
        await chat.SendAsync("ik wil een buurtbarbecue organiseren");
        var conflicting = new ConflictOnceStorage(storage);
        var racing = new TestConversation(conflicting, chat.Diensten);

        (await racing.SendAsync("Barbecue")).ShouldContain("er ging bij mij iets mis");
        Assert.IsType<BotStorageConflictException>(Assert.Single(racing.Errors));
        (await racing.SendAsync("Barbecue")).ShouldContain("postcode");
    }

    private sealed class ConflictOnceStorage(IBotStorage inner) : IBotStorage
    {
        private bool _conflicted;

        public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken)
        {
            if (!_conflicted)
            {
                // Another turn of the same conversation saved in between.
                _conflicted = true;
                var current = await inner.ReadAsync(key, cancellationToken);
                await inner.WriteAsync(key, current?.Json ?? "{}", current?.ETag, cancellationToken);
            }

            return await inner.WriteAsync(key, json, expectedETag, cancellationToken);
        }

        public Task<bool> DeleteAsync(string key, string? expectedETag, CancellationToken cancellationToken) => inner.DeleteAsync(key, expectedETag, cancellationToken);
    }

    private static string Utterance(Random random, IReadOnlyList<Activity> last)
    {
        var buttons = last.LastOrDefault(r => r.SuggestedActions is not null)?.SuggestedActions?.Actions;
        var lastText = last.AllText();
        var answer = Answers.FirstOrDefault(a => lastText.Contains(a.Question, StringComparison.OrdinalIgnoreCase)).Answer;
        return random.Next(10) switch
        {
            0 or 1 when answer is not null => answer,
            0 or 1 or 2 when buttons is { Count: > 0 } => buttons[random.Next(buttons.Count)].Value?.GetString() ?? "ja",
            3 or 4 => Plausible[random.Next(Plausible.Length)],
            5 => Hostile[random.Next(Hostile.Length)],
            6 => RandomText(random, random.Next(1, 60)),
            7 => random.Next(3) == 0 ? new string('a', random.Next(2000, 12000)) : RandomText(random, random.Next(500, 5000)),
            8 => Plausible[random.Next(Plausible.Length)] + " " + Hostile[random.Next(Hostile.Length)],
            _ => RandomUnicode(random, random.Next(1, 40)),
        };
    }

    private static string RandomText(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789 .,;:!?-_€@#<>&\"'/\\()[]{}é ë ï ö ü";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomUnicode(Random random, int length)
    {
        var builder = new StringBuilder(length * 2);
        for (var i = 0; i < length; i++)
        {
            var kind = random.Next(6);
            switch (kind)
            {
                case 0:
                    builder.Append((char)random.Next(0, 32));
                    break;
                case 1:
                    builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)));
                    break;
                case 2:
                    builder.Append((char)random.Next(0xD800, 0xE000));
                    break;
                case 3:
                    builder.Append((char)random.Next(0x0300, 0x036F));
                    break;
                case 4:
                    builder.Append((char)random.Next(0x2000, 0x206F));
                    break;
                default:
                    builder.Append((char)random.Next(0x20, 0xFFFD));
                    break;
            }
        }

        return builder.ToString();
    }
}
