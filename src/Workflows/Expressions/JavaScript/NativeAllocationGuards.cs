using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Participatie.Workflows.Expressions.JavaScript;

/// <summary>
/// Jint checks its memory and time budgets between statements, so a single built-in call that builds something
/// huge runs to the end before anyone looks. Jint 4 already charges string concatenation, <c>join</c> and
/// <c>padStart</c>/<c>padEnd</c> as they grow and caps array length, but <c>repeat</c>, <c>replace</c> and
/// <c>replaceAll</c> can each turn a small string into a gigabyte in one call (measured: 1 GB and 5–7 s), and the
/// binary buffers allocate any size up front. This refuses such a call before it allocates: a result that alone
/// exceeds the whole memory budget is a breach. Smaller results run as before and the per-statement check
/// counts them.
/// </summary>
internal static class NativeAllocationGuards
{
    // Workflow expressions have no use for raw binary data, and these constructors allocate their full size at once.
    private static readonly string[] BinaryBufferConstructors =
    [
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
        "Uint16Array", "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array", "BigInt64Array",
        "BigUint64Array",
    ];

    public static void Install(Engine engine, long memoryBudgetBytes)
    {
        // A .NET string spends two bytes per character.
        var maxChars = memoryBudgetBytes / 2;
        var stringPrototype = engine.Global.Get("String").Get("prototype").AsObject();
        Replace(engine, stringPrototype, "repeat", 1, original => (thisObject, arguments) =>
        {
            if (thisObject.IsNull() || thisObject.IsUndefined()) return original.Call(thisObject, arguments);
            // Coerce once here and hand the primitives on, so an object's toString cannot answer differently twice.
            var text = TypeConverter.ToString(thisObject);
            var count = TypeConverter.ToIntegerOrInfinity(arguments.At(0));
            if (double.IsFinite(count) && text.Length * count > maxChars) throw new JavaScriptMemoryBudgetExceededException();
            return original.Call(new JsString(text), [JsNumber.Create(count)]);
        });
        foreach (var name in new[] { "replace", "replaceAll" })
        {
            Replace(engine, stringPrototype, name, 2, original => (thisObject, arguments) =>
            {
                var replacement = arguments.At(1);
                // A replacement function is script: its statements are checked while the result grows.
                if (thisObject.IsNull() || thisObject.IsUndefined() || replacement.IsCallable()) return original.Call(thisObject, arguments);
                var text = TypeConverter.ToString(thisObject);
                var replacementText = TypeConverter.ToString(replacement);
                var pattern = arguments.At(0);
                // Every $-pattern ($&, $1, $`, …) expands to at most the whole input.
                long longestReplacement = replacementText.Length + (long)replacementText.Count(c => c == '$') * text.Length;
                if (text.Length + (text.Length + 1L) * longestReplacement > maxChars)
                {
                    var matches = CountMatches(engine, original, text, pattern);
                    if (text.Length + matches * longestReplacement > maxChars) throw new JavaScriptMemoryBudgetExceededException();
                }
                return original.Call(new JsString(text), [pattern, new JsString(replacementText)]);
            });
        }
        foreach (var name in BinaryBufferConstructors) engine.Global.RemoveOwnProperty(name);
    }

    /// <summary>
    /// Runs the real replace with a replacement that only counts, which costs one more pass over the input but
    /// builds nothing: the only exact count of what <c>replace</c> will substitute is <c>replace</c> itself.
    /// </summary>
    private static long CountMatches(Engine engine, ObjectInstance original, string text, JsValue pattern)
    {
        long matches = 0;
        var counter = new ClrFunction(engine, "count", (_, _) =>
        {
            matches++;
            return JsString.Empty;
        });
        // A sticky or global regular expression keeps its position in lastIndex; the real call must start where this one did.
        var regExp = pattern as JsRegExp;
        var lastIndex = regExp?.Get("lastIndex");
        original.Call(new JsString(text), [pattern, counter]);
        if (regExp is not null) regExp.Set("lastIndex", lastIndex!, throwOnError: false);
        return matches;
    }

    private static void Replace(Engine engine, ObjectInstance prototype, string name, int length, Func<ObjectInstance, Func<JsValue, JsValue[], JsValue>> guard)
    {
        var original = prototype.Get(name).AsObject();
        var guarded = new ClrFunction(engine, name, guard(original), length);
        // Built-in methods are writable, configurable and not enumerable; the guard keeps that shape.
        prototype.DefineOwnProperty(name, new PropertyDescriptor(guarded, writable: true, enumerable: false, configurable: true));
    }
}
