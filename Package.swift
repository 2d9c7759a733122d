// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Puente",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "puente", targets: ["puente"]),
        .library(name: "PuenteCore", targets: ["PuenteCore"]),
        .library(name: "PuenteHTTP", targets: ["PuenteHTTP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        .target(name: "PuenteCore"),
        .target(
            name: "PuenteHTTP",
            dependencies: [
                "PuenteCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [
                .embedInCode("Dashboard/index.html"),
                .embedInCode("Dashboard/dashboard.css"),
                .embedInCode("Dashboard/dashboard.js"),
            ]
        ),
        .executableTarget(
            name: "puente",
            dependencies: [
                "PuenteCore",
                "PuenteHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "PuenteFuzz",
            dependencies: ["PuenteCore"]
        ),
        .testTarget(
            name: "PuenteCoreTests",
            dependencies: ["PuenteCore", "puente", "PuenteFuzz"]
        ),
        .testTarget(
            name: "PuenteHTTPTests",
            dependencies: [
                "PuenteHTTP",
                "puente",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
    ]
)
