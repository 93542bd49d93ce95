using System.Reflection;
using Participatie.Rules.Emit;

namespace Participatie.Rules.Binding;

/// <summary>
/// The whitelist: which types can be named in an expression and which of their members can be used.
/// Everything not listed here is unreachable. Reflection, IO, processes, threads, the environment and
/// delegates are blocked even when a custom type exposes them.
/// </summary>
internal sealed class MemberCatalog
{
    private static readonly string[] BlockedNamespacePrefixes =
    [
        "System.Reflection", "System.IO", "System.Diagnostics", "System.Threading", "System.Net", "System.Runtime",
        "System.Security", "System.Linq.Expressions", "Microsoft.Win32", "System.Resources", "System.CodeDom",
        "System.Data", "System.Xml", "System.Web", "Microsoft.Extensions", "Microsoft.CSharp", "System.Dynamic",
        "System.ComponentModel", "System.Configuration", "System.Timers", "System.Buffers", "System.Private",
    ];

    private static readonly HashSet<Type> BlockedTypes =
    [
        typeof(Type), typeof(Environment), typeof(AppDomain), typeof(Activator), typeof(GC), typeof(Console),
        typeof(Delegate), typeof(MulticastDelegate), typeof(IntPtr), typeof(UIntPtr), typeof(AppContext),
        typeof(Assembly), typeof(RuntimeTypeHandle), typeof(RuntimeMethodHandle), typeof(RuntimeFieldHandle),
        typeof(ModuleHandle), typeof(TypedReference), typeof(ArgIterator), typeof(Lazy<>), typeof(WeakReference),
        typeof(Random), typeof(Buffer), typeof(System.Text.Encoding),
    ];

    private static readonly HashSet<string> BlockedMemberNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "GetType", "MemberwiseClone", "Finalize", "GetHashCode", "DynamicInvoke", "BeginInvoke", "EndInvoke",
        "GetMethodInfo", "GetInvocationList", "CreateDelegate", "ReferenceEquals",
    };

    private static readonly HashSet<string> MutatingMemberNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dispose", "DisposeAsync", "GetEnumerator", "Clone", "CopyTo", "Clear", "Add", "Remove", "RemoveAt", "Insert",
        "set_Item", "Sort", "Reverse", "Push", "Pop", "Enqueue", "Dequeue", "TryAdd", "TryRemove", "AddRange", "RemoveAll",
    };

    private static readonly Dictionary<Type, HashSet<string>> StaticWhitelist = new()
    {
        [typeof(Math)] = Names("Abs", "Min", "Max", "Round", "Floor", "Ceiling", "Pow", "Sqrt", "Sign", "Truncate", "Log", "Log10", "Exp", "Clamp", "PI", "E"),
        [typeof(string)] = Names("IsNullOrEmpty", "IsNullOrWhiteSpace", "Concat", "Join", "Equals", "Empty"),
        [typeof(int)] = Names("MaxValue", "MinValue"),
        [typeof(long)] = Names("MaxValue", "MinValue"),
        [typeof(double)] = Names("MaxValue", "MinValue", "IsNaN"),
        [typeof(decimal)] = Names("MaxValue", "MinValue", "Round", "Floor", "Ceiling", "Truncate"),
        [typeof(float)] = Names("MaxValue", "MinValue"),
        [typeof(bool)] = Names(),
        [typeof(DateTime)] = Names("DaysInMonth", "IsLeapYear", "MinValue", "MaxValue"),
        [typeof(TimeSpan)] = Names("FromDays", "FromHours", "FromMinutes", "FromSeconds", "FromMilliseconds", "Zero"),
        [typeof(Guid)] = Names("Empty"),
    };

    private static readonly Dictionary<Type, HashSet<string>> InstanceWhitelist = new()
    {
        [typeof(string)] = Names("Length", "Contains", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf", "Substring", "Replace",
            "Trim", "TrimStart", "TrimEnd", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "Equals", "CompareTo", "Split",
            "ToString", "Chars"),
        [typeof(DateTime)] = Names("Year", "Month", "Day", "Hour", "Minute", "Second", "Millisecond", "Date", "DayOfWeek", "DayOfYear",
            "Ticks", "TimeOfDay", "AddDays", "AddMonths", "AddYears", "AddHours", "AddMinutes", "AddSeconds", "Subtract", "CompareTo",
            "Equals", "ToString"),
        [typeof(DateTimeOffset)] = Names("Year", "Month", "Day", "Hour", "Minute", "Second", "Date", "DateTime", "DayOfWeek", "AddDays",
            "AddMonths", "AddYears", "AddHours", "CompareTo", "Equals", "ToString"),
        [typeof(TimeSpan)] = Names("Days", "Hours", "Minutes", "Seconds", "Milliseconds", "TotalDays", "TotalHours", "TotalMinutes",
            "TotalSeconds", "TotalMilliseconds", "Add", "Subtract", "Duration", "Negate", "CompareTo", "Equals", "ToString", "Ticks"),
        [typeof(Guid)] = Names("Equals", "ToString", "CompareTo"),
    };

    private static readonly HashSet<string> ValueTypeMembers = Names("CompareTo", "Equals", "ToString", "HasValue", "Value", "GetValueOrDefault", "HasFlag");

    private static readonly HashSet<string> CollectionMembers = Names("Count", "Length", "Contains", "ContainsKey", "ContainsValue", "Keys", "Values", "Item", "IndexOf");

    private readonly HashSet<Type> _customTypes;
    private readonly HashSet<Type> _inputTypes;
    private readonly bool _inputTypeMethods;

    public MemberCatalog(IEnumerable<Type> customTypes, IEnumerable<Type> inputTypes, bool inputTypeMethods)
    {
        _customTypes = [.. customTypes];
        _inputTypes = [.. inputTypes];
        _inputTypeMethods = inputTypeMethods;
    }

    private static HashSet<string> Names(params string[] names) => new(names, StringComparer.Ordinal);

    public IReadOnlyCollection<Type> CustomTypes => _customTypes;

    public bool IsCustom(Type type) => _customTypes.Contains(type) || (type.IsGenericType && _customTypes.Contains(type.GetGenericTypeDefinition()));

    /// <summary>True for types that may never be touched: reflection, IO, processes, threads, environment, delegates.</summary>
    public static bool IsDangerous(Type type)
    {
        while (type.HasElementType)
        {
            type = type.GetElementType()!;
        }
        if (type.IsPointer || type.IsByRef || type.IsByRefLike)
        {
            return true;
        }
        if (BlockedTypes.Contains(type) || (type.IsGenericType && BlockedTypes.Contains(type.GetGenericTypeDefinition())))
        {
            return true;
        }
        if (typeof(Type).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type))
        {
            return true;
        }
        var ns = type.Namespace ?? string.Empty;
        foreach (var prefix in BlockedNamespacePrefixes)
        {
            if (ns.Equals(prefix, StringComparison.Ordinal) || ns.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return true;
            }
        }
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                if (IsDangerous(argument))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool IsDelegateAllowed(Type type) => typeof(Delegate).IsAssignableFrom(type) && IsCustom(type);

    /// <summary>Why a member may not be used, or null if it may.</summary>
    public string? WhyNotAllowed(MemberInfo member, bool isStatic)
    {
        var declaring = member.DeclaringType!;
        if (BlockedMemberNames.Contains(member.Name))
        {
            return "deze functie geeft toegang tot de binnenkant van het systeem.";
        }
        if (member is MethodInfo && MutatingMemberNames.Contains(member.Name) && !IsCustom(declaring))
        {
            return "regels mogen gegevens alleen lezen, niet veranderen.";
        }
        if (typeof(Delegate).IsAssignableFrom(declaring))
        {
            return member.Name == "Invoke" && IsDelegateAllowed(declaring) ? null : "functies (delegates) mogen alleen aangeroepen worden als hun type geregistreerd is.";
        }
        if (IsDangerous(declaring) && declaring != typeof(object))
        {
            return "typen, reflectie, bestanden, processen, threads en de omgeving zijn afgeschermd.";
        }
        var returnType = member switch
        {
            PropertyInfo property => property.PropertyType,
            FieldInfo field => field.FieldType,
            MethodInfo method => method.ReturnType,
            _ => typeof(void),
        };
        if (returnType == typeof(void))
        {
            return "deze functie levert geen waarde op.";
        }
        if (IsDangerous(returnType) && !IsDelegateAllowed(returnType))
        {
            return "het resultaat zou toegang geven tot typen, reflectie, bestanden, processen of threads.";
        }
        if (member is MethodInfo m)
        {
            if (m.IsGenericMethodDefinition || m.GetParameters().Any(p => p.ParameterType.IsByRef || p.IsOut || IsDangerous(p.ParameterType)))
            {
                return "deze functie kan niet vanuit een regel aangeroepen worden.";
            }
        }
        if (member is FieldInfo { IsLiteral: false, IsInitOnly: false, IsStatic: true })
        {
            return "veranderlijke gedeelde velden zijn afgeschermd.";
        }
        return IsListed(member, isStatic) ? null : "deze functie staat niet op de lijst van toegestane functies.";
    }

    private bool IsListed(MemberInfo member, bool isStatic)
    {
        var declaring = member.DeclaringType!;
        if (IsCustom(declaring) || IsCustom(member.ReflectedType ?? declaring))
        {
            return true;
        }
        if (declaring.IsEnum)
        {
            return true;
        }
        if (isStatic)
        {
            return StaticWhitelist.TryGetValue(declaring, out var names) && names.Contains(member.Name);
        }
        if (InstanceWhitelist.TryGetValue(declaring, out var instanceNames))
        {
            return instanceNames.Contains(member.Name);
        }
        if (declaring.IsPrimitive || declaring == typeof(decimal) || declaring == typeof(object) || declaring == typeof(ValueType) || declaring == typeof(Enum)
            || (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(Nullable<>)))
        {
            return ValueTypeMembers.Contains(member.Name);
        }
        if (IsCollection(declaring))
        {
            return CollectionMembers.Contains(member.Name);
        }
        if (member is PropertyInfo or FieldInfo)
        {
            // data members of any input or nested data type may be read
            return true;
        }
        var reflected = member.ReflectedType ?? declaring;
        return _inputTypeMethods && (_inputTypes.Contains(declaring) || _inputTypes.Contains(reflected));
    }

    private static bool IsCollection(Type type) =>
        type.IsArray || (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type));

    /// <summary>Instance methods with this name that may be called on <paramref name="type"/>, including our culture-safe replacements.</summary>
    public IReadOnlyList<MethodInfo> InstanceMethods(Type type, string name, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var result = new List<MethodInfo>();
        foreach (var replacement in typeof(InstanceReplacements).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (replacement.Name.Equals(name, comparison))
            {
                var self = replacement.GetParameters()[0].ParameterType;
                if (self == type || (self == typeof(IFormattable) && typeof(IFormattable).IsAssignableFrom(type) && type != typeof(string)))
                {
                    result.Add(replacement);
                }
            }
        }
        if (result.Count > 0)
        {
            return result;
        }
        var flags = BindingFlags.Public | BindingFlags.Instance;
        IEnumerable<MethodInfo> methods = type.GetMethods(flags);
        if (type.IsInterface)
        {
            methods = methods.Concat(type.GetInterfaces().SelectMany(i => i.GetMethods(flags)));
        }
        foreach (var method in methods)
        {
            if (method.Name.Equals(name, comparison) && !method.IsSpecialName && WhyNotAllowed(method, false) is null)
            {
                result.Add(method);
            }
        }
        return result;
    }

    /// <summary>Static methods with this name on <paramref name="type"/>, with culture-safe replacements for Parse and Convert.</summary>
    public IReadOnlyList<MethodInfo> StaticMethods(Type type, string name, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (StaticReplacements.TryGet(type, name, comparison) is { Count: > 0 } replaced)
        {
            return replaced;
        }
        return type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.Equals(name, comparison) && !m.IsSpecialName && WhyNotAllowed(m, true) is null)
            .ToList();
    }

    public MemberInfo? FindDataMember(Type type, string name, bool isStatic, bool ignoreCase)
    {
        var flags = BindingFlags.Public | (isStatic ? BindingFlags.Static : BindingFlags.Instance) | (ignoreCase ? BindingFlags.IgnoreCase : 0);
        if (!isStatic)
        {
            flags |= BindingFlags.FlattenHierarchy;
        }
        MemberInfo? member = null;
        try
        {
            member = type.GetProperty(name, flags) is { } p && p.GetIndexParameters().Length == 0 ? p : type.GetField(name, flags);
        }
        catch (AmbiguousMatchException)
        {
            member = type.GetProperties(flags).FirstOrDefault(p => p.Name == name && p.GetIndexParameters().Length == 0);
        }
        if (member is null && type.IsInterface && !isStatic)
        {
            foreach (var face in type.GetInterfaces())
            {
                member = face.GetProperty(name, flags);
                if (member is not null)
                {
                    break;
                }
            }
        }
        return member;
    }

    /// <summary>Names of usable data members and methods of a type (for messages and completion).</summary>
    public IEnumerable<string> MemberNames(Type type, bool isStatic)
    {
        var flags = BindingFlags.Public | (isStatic ? BindingFlags.Static : BindingFlags.Instance);
        return type.GetMembers(flags)
            .Where(m => m is PropertyInfo { } p ? p.GetIndexParameters().Length == 0 : m is FieldInfo or MethodInfo { IsSpecialName: false })
            .Where(m => WhyNotAllowed(m, isStatic) is null)
            .Select(m => m.Name)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);
    }
}
