import NIOCore
import NIOHTTP1

/// A small `200 OK` with a JSON body, written by the app server and the upstream alike.
enum HTTPReply {
    /// Writes the answer; closes the connection after it unless the client asked to keep it alive.
    static func ok(_ context: ChannelHandlerContext, body: String, keepAlive: Bool) {
        var head = HTTPResponseHead(version: .http1_1, status: .ok)
        let buffer = context.channel.allocator.buffer(string: body)
        head.headers.add(name: "content-type", value: "application/json")
        head.headers.add(name: "content-length", value: String(buffer.readableBytes))
        if !keepAlive { head.headers.add(name: "connection", value: "close") }
        context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
        context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
        let written = context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)))
        if !keepAlive {
            written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }

    /// `500` for a handler whose work failed (a worker process that died, an upstream that refused).
    static func failed(_ context: ChannelHandlerContext) {
        var head = HTTPResponseHead(version: .http1_1, status: .internalServerError)
        head.headers.add(name: "content-length", value: "0")
        context.write(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
        context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil)), promise: nil)
    }
}
