import CGraphviz
import CGraphvizPlugins
import Foundation
import Synchronization

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical layout (the default for argument maps).
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Spring model (force-directed placement).
    case fdp
    /// Multiscale force-directed placement, for big maps.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
}

/// An error from rendering DOT through libgraphviz. The associated text is Graphviz's own
/// message (or a description of what went wrong).
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text could not be parsed.
    case syntax(String)
    /// The layout engine failed (or is not available).
    case layout(String)
    /// Writing the laid-out graph in the requested format failed.
    case render(String)
    /// The output format is not supported in this process; the text says why and what to
    /// install.
    case unsupportedFormat(String)
    /// libgraphviz could not be initialised.
    case unavailable(String)

    /// A one-line description for users.
    public var description: String {
        switch self {
        case .syntax(let m): return "Graphviz could not parse the DOT text: \(m)"
        case .layout(let m): return "Graphviz layout failed: \(m)"
        case .render(let m): return "Graphviz rendering failed: \(m)"
        case .unsupportedFormat(let m): return "Unsupported output format: \(m)"
        case .unavailable(let m): return "Graphviz is not available: \(m)"
        }
    }
}

/// Messages Graphviz reports through `agseterrf`, collected for the render in progress.
private let graphvizMessages = Mutex<String>("")

/// The `agseterrf` callback: a plain C function pointer, so it appends to a global.
private let collectGraphvizMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { p in
    guard let p else { return 0 }
    let s = String(cString: p)
    graphvizMessages.withLock { $0 += s }
    return 0
}

/// The process-wide Graphviz state. Only touched with ``graphvizState``'s lock held.
private struct GraphvizState {
    /// Context for SVG and the other core formats (built-in plugins, no fonts needed).
    var context: OpaquePointer?
    /// Context for the dot engine and the core formats, with only the core and dot_layout
    /// plugins (the usual render loads no more); nil until made, or if it cannot be.
    var dotContext: OpaquePointer?
    var dotTried = false
    /// Whether ``context`` came from `gvContextPlugins` (true) or `gvContext()` (false).
    var builtinPlugins = false
    /// Context with the pango/cairo plugin, for PNG and PDF; made on first use.
    var cairoContext: OpaquePointer?
    var cairoTried = false
    var cairoFailure = ""
}

/// One lock for every libgraphviz call in the process: libgraphviz 2.42 is not thread-safe,
/// not even with one context per thread.
private let graphvizState = Mutex(GraphvizState())

/// Renders DOT text with libgraphviz, in-process.
///
/// One Graphviz context is made on first use and reused for the life of the process (making
/// and freeing contexts leaks memory in Graphviz 2.42). Every call into Graphviz runs under
/// one process-wide lock, so `render` is safe to call from any thread or task; renders run
/// one at a time.
///
/// When the Graphviz plugin libraries can be found (Debian: `/usr/lib/<triplet>/graphviz`),
/// the context is made with `gvContextPlugins` from the core, dot_layout and neato_layout
/// plugins only. Graphviz then reads no plugin configuration file and does not use
/// fontconfig or pango: text is measured with built-in font metrics, so the layout of the same
/// DOT text is the same on every machine, whatever fonts are installed. Otherwise it falls
/// back to `gvContext()` (which needs the `config6a` file written by `dot -c`).
public enum GraphvizRenderer {
    /// Formats written by Graphviz's core plugin (no fonts or cairo needed).
    public static let coreFormats: Set<String> = ["svg", "dot", "xdot", "json", "plain", "plain-ext", "canon", "gv"]
    /// Formats that need the pango/cairo plugin (`libgvplugin_pango`).
    public static let cairoFormats: Set<String> = ["png", "pdf"]

    /// Whether the process-wide context uses the built-in plugins (font-independent layout)
    /// rather than `gvContext()`. Makes the context if there is none yet.
    public static var usesBuiltinPlugins: Bool {
        graphvizState.withLock { state in
            _ = try? context(&state)
            return state.builtinPlugins
        }
    }

    /// Lays out `dot` with `layout` and writes it in `format` (`svg` by default).
    ///
    /// - Parameters:
    ///   - dot: DOT text of one graph (only the first graph in the text is read). Name the graph (`digraph argmap {`): Graphviz names an
    ///     anonymous graph from a process-wide counter, which makes output differ between runs.
    ///   - layout: the layout engine.
    ///   - format: a Graphviz output format: one of ``coreFormats``, or `png`/`pdf` when the
    ///     pango/cairo plugin can be loaded.
    /// - Returns: the rendered bytes.
    /// - Throws: ``RenderError`` with Graphviz's message: `.syntax` for DOT that does not
    ///   parse, `.layout`, `.render`, `.unsupportedFormat` or `.unavailable`.
    public static func render(dot: String, layout: LayoutEngine, format: String = "svg") throws(RenderError) -> Data {
        let format = format.lowercased()
        let cairo = cairoFormats.contains(format)
        guard cairo || coreFormats.contains(format) else {
            throw .unsupportedFormat("\"\(format)\" (supported: \((coreFormats.union(cairoFormats)).sorted().joined(separator: ", ")))")
        }
        return try graphvizState.withLock { (state: inout GraphvizState) throws(RenderError) -> Data in
            let gvc = cairo ? try cairoContext(&state, format: format)
                : (layout == .dot ? try dotContext(&state) : try context(&state))
            return try renderLocked(gvc: gvc, dot: dot, layout: layout.rawValue, format: format)
        }
    }

    /// Makes the Graphviz context that ``render(dot:layout:format:)`` uses for `layout` and the
    /// core formats, if it is not made yet: loads the plugins and sets Graphviz up. Rendering
    /// does this itself on first use; a program can call this on another thread while it
    /// builds the graph, so that the first render does not wait for it. A render waits for a
    /// call in progress; what it then writes is the same. Failures are reported by the render.
    public static func prepare(layout: LayoutEngine) {
        graphvizState.withLock { state in
            _ = try? (layout == .dot ? dotContext(&state) : context(&state))
        }
    }

    // MARK: - Under the lock

    private static func context(_ state: inout GraphvizState) throws(RenderError) -> OpaquePointer {
        if let c = state.context { return c }
        _ = agseterrf(collectGraphvizMessage)
        if let table = argmap_gv_builtins(0),
           let c = gvContextPlugins(table.assumingMemoryBound(to: lt_symlist_t.self), 0) {
            state.context = c
            state.builtinPlugins = true
            return c
        }
        guard let c = gvContext() else { throw .unavailable("gvContext() failed") }
        state.context = c
        state.builtinPlugins = false
        return c
    }

    /// The context for the dot engine: core and dot_layout plugins only, else ``context(_:)``.
    /// Both lay out and write the same bytes (the same plugins do the work).
    private static func dotContext(_ state: inout GraphvizState) throws(RenderError) -> OpaquePointer {
        if let c = state.dotContext { return c }
        if !state.dotTried {
            state.dotTried = true
            _ = agseterrf(collectGraphvizMessage)
            if let table = argmap_gv_builtins_dot(),
               let c = gvContextPlugins(table.assumingMemoryBound(to: lt_symlist_t.self), 0) {
                state.dotContext = c
                return c
            }
        }
        return try context(&state)
    }

    private static func cairoContext(_ state: inout GraphvizState, format: String) throws(RenderError) -> OpaquePointer {
        if let c = state.cairoContext { return c }
        if !state.cairoTried {
            state.cairoTried = true
            _ = agseterrf(collectGraphvizMessage)
            if let table = argmap_gv_builtins(1),
               let c = gvContextPlugins(table.assumingMemoryBound(to: lt_symlist_t.self), 0) {
                state.cairoContext = c
                return c
            }
            state.cairoFailure = "the pango/cairo plugin (libgvplugin_pango) could not be loaded; "
                + "install the Graphviz package with it (Debian: apt-get install libgvc6 graphviz)"
        }
        throw .unsupportedFormat("\"\(format)\": \(state.cairoFailure)")
    }

    private static func takeMessages(_ fallback: String) -> String {
        let m = graphvizMessages.withLock { msg -> String in
            let m = msg
            msg = ""
            return m
        }
        let lines = m.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.isEmpty ? fallback : lines.joined(separator: "; ")
    }

    private static func renderLocked(gvc: OpaquePointer, dot: String, layout: String, format: String) throws(RenderError) -> Data {
        _ = agseterrf(collectGraphvizMessage)
        graphvizMessages.withLock { $0 = "" }
        _ = agreseterrors()
        // Drop the scanner's leftovers from the previous read (see argmap_gv_reset_scanner),
        // then number lines from 1.
        argmap_gv_reset_scanner()
        agreadline(1)

        guard let g = agmemread(dot) else {
            throw .syntax(takeMessages("could not parse the DOT text"))
        }
        if agerrors() > 0 {
            agclose(g)
            throw .syntax(takeMessages("could not parse the DOT text"))
        }
        if gvLayout(gvc, g, layout) != 0 {
            agclose(g)
            throw .layout(takeMessages("layout \"\(layout)\" failed"))
        }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rc = gvRenderData(gvc, g, format, &result, &length)
        defer {
            gvFreeLayout(gvc, g)
            agclose(g)
        }
        guard rc == 0, let result else {
            if let result { gvFreeRenderData(result) }
            throw .render(takeMessages("could not render \"\(format)\""))
        }
        let data = Data(bytes: result, count: Int(length))
        gvFreeRenderData(result)
        graphvizMessages.withLock { $0 = "" }
        return data
    }
}
