// swift-tools-version:6.0
import PackageDescription

// `make release` builds static executables (the Makefile passes `--static-swift-stdlib` and
// `-static-executable`, linked by lld): glibc, the C++ runtime, the Swift runtime and Foundation inside,
// nothing loaded or relocated at start, so a worker starts in about 0.4 ms of CPU instead of 1.8 ms. The
// flags live there, not here: `-static-executable` needs `--static-swift-stdlib`, which a package cannot set,
// so a plain `swift build -c release` builds ordinary dynamic executables that work the same, only start
// slower. A static glibc cannot safely load another glibc's NSS modules, so concreport asks NSS nothing: its
// sockets use the numeric 127.0.0.1, the host name comes from `uname`, file sizes from `stat`.

// A release executable carries cmark-gfm inside it (Debian ships the static archives beside the shared
// libraries), so a copied binary needs no library from the system (`make dist`); debug builds, which link
// every test bundle, use the shared libraries.
let cmarkLinking: [LinkerSetting] = [
    .linkedLibrary("cmark-gfm-extensions", .when(configuration: .debug)),
    .linkedLibrary("cmark-gfm", .when(configuration: .debug)),
    .unsafeFlags(["-Xlinker", "-l:libcmark-gfm-extensions.a", "-Xlinker", "-l:libcmark-gfm.a"], .when(configuration: .release)),
]

let package = Package(
    name: "concreport",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "concreport", targets: ["concreport"]),
        .executable(name: "concreport-bench", targets: ["concreport-bench"]),
        .executable(name: "concreport-worker", targets: ["concreport-worker"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The server section's HTTP server, upstream and load generator (docs/architecture.md says why
        // SwiftNIO directly rather than Hummingbird), and its latency histograms.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", exact: "0.2.0"),
    ],
    targets: [
        // cmark-gfm from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev (scripts/setup.sh); how it
        // is linked is decided by `Render` below.
        .systemLibrary(name: "CCmark"),
        .target(name: "CLinux"),
        .target(name: "Results"),
        // The worker's kernel: Glibc and CLinux only, shared by Measure and the lean worker executable.
        .target(name: "WorkerKernel", dependencies: ["CLinux"]),
        .target(
            name: "Measure",
            dependencies: [
                "Results", "CLinux", "WorkerKernel", "BuiltIn",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        .target(name: "Analysis", dependencies: ["Results"]),
        .target(name: "Render", dependencies: ["Results", "Analysis", "CCmark"], linkerSettings: cmarkLinking),
        // The templates, the Python scripts (python/) and the build's facts, compiled in (Plugins/EmbedBuildFacts).
        .target(name: "BuiltIn", plugins: ["EmbedBuildFacts"]),
        .executableTarget(name: "embed-build-facts"),
        .plugin(name: "EmbedBuildFacts", capability: .buildTool(), dependencies: ["embed-build-facts"]),
        .executableTarget(
            name: "concreport",
            dependencies: [
                "Measure", "Analysis", "Render", "Results", "BuiltIn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "concreport-worker", dependencies: ["WorkerKernel"]),
        .executableTarget(name: "concreport-bench", dependencies: ["Measure", "Results", "WorkerKernel", "BuiltIn"]),
        .testTarget(name: "ResultsTests", dependencies: ["Results"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Results"]),
        // NIOEmbedded: the server's channel handlers driven on `EmbeddedChannel`s (Tests/MeasureTests/Server).
        .testTarget(
            name: "MeasureTests",
            dependencies: [
                "Measure", "Results", "WorkerKernel", "BuiltIn",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Results", "BuiltIn"], exclude: ["Golden"]),
        .target(name: "TestSupport", dependencies: ["Results"], path: "Tests/TestSupport"),
        // A worker that fails on purpose, for the processes strategy's fault tests (Tests/FaultyWorker/main.swift).
        // No product names it: `swift build` builds it beside concreport-worker, and scripts/dist.sh does not pack it.
        .executableTarget(name: "concreport-faulty-worker", dependencies: ["WorkerKernel", "CLinux"], path: "Tests/FaultyWorker"),
        .testTarget(name: "EndToEndTests", dependencies: ["Results", "Render", "TestSupport"]),
        .testTarget(name: "BrowserTests", dependencies: ["Render", "Results", "TestSupport"]),
    ]
)
