namespace CrashSearch.Ingest.Synthetic;

internal static partial class SymbolGroups
{
    static IEnumerable<SymbolGroup> Rust =>
    [
        new("webrender", CodeLanguage.Rust, "Renderer", ThreadKind.Rust, ["gpu", "parent"], PlatformFamily.All, 6, Symbols(
            In("gfx/wr/webrender/src/renderer/mod.rs",
                "webrender::renderer::Renderer::render",
                "webrender::renderer::Renderer::draw_frame",
                "webrender::renderer::Renderer::update_texture_cache"),
            In("gfx/wr/webrender/src/picture.rs", "webrender::picture::TileCacheInstance::pre_update"),
            In("gfx/wr/webrender/src/render_backend.rs", "webrender::render_backend::RenderBackend::process_transaction"),
            In("gfx/wr/webrender/src/device/gl.rs", "webrender::device::gl::Device::link_program"),
            In("gfx/wr/webrender/src/renderer/shade.rs", "webrender::renderer::shade::LazilyCompiledShader::get_internal"),
            In("gfx/webrender_bindings/src/bindings.rs", "wr_renderer_render"))),

        new("style", CodeLanguage.Rust, "StyleThread#2", ThreadKind.Rust, ["content"], PlatformFamily.All, 5, Symbols(
            In("servo/components/style/properties/cascade.rs",
                "style::properties::cascade::cascade_rules",
                "style::properties::cascade::Cascade::apply_properties"),
            In("servo/components/style/traversal.rs", "style::traversal::recalc_style_at::<style::gecko::wrapper::GeckoElement, style::context::StyleContext<style::gecko::wrapper::GeckoElement>, style::gecko::traversal::RecalcStyleOnly>"),
            In("servo/components/style/stylist.rs", "style::stylist::Stylist::push_applicable_declarations::<style::gecko::wrapper::GeckoElement>"),
            In("servo/components/style/gecko/wrapper.rs", "<style::gecko::wrapper::GeckoElement as selectors::tree::Element>::match_non_ts_pseudo_class"),
            In("servo/components/selectors/matching.rs", "selectors::matching::matches_complex_selector_internal::<style::gecko::wrapper::GeckoElement>"),
            In("servo/components/style/parallel.rs", "style::parallel::traverse_nodes::<style::gecko::wrapper::GeckoElement, style::gecko::traversal::RecalcStyleOnly>"),
            In("servo/components/style/global_style_data.rs", "<style::global_style_data::StyleThreadPool>::new::{closure#0}"))),

        new("neqo", CodeLanguage.Rust, "Socket Thread", ThreadKind.Xpcom, ["socket", "parent"], PlatformFamily.All, 3, Symbols(
            In("third_party/rust/neqo-transport/src/connection/mod.rs",
                "neqo_transport::connection::Connection::process_input",
                "neqo_transport::connection::Connection::input_path"),
            In("third_party/rust/neqo-transport/src/recovery/mod.rs", "neqo_transport::recovery::Loss::on_ack_received"),
            In("third_party/rust/neqo-http3/src/connection_client.rs", "neqo_http3::connection_client::Http3Client::process_http3"),
            In("third_party/rust/neqo-crypto/src/agent.rs", "neqo_crypto::agent::SecretAgent::drive"),
            In("netwerk/socket/neqo_glue/src/lib.rs", "neqo_glue::NeqoHttp3Conn::process_input"))),

        new("glean", CodeLanguage.Rust, "glean.dispatcher", ThreadKind.Rust, ["parent"], PlatformFamily.All, 2, Symbols(
            In("third_party/rust/glean-core/src/dispatcher/mod.rs", "glean_core::dispatcher::DispatchGuard::launch"),
            In("third_party/rust/glean-core/src/database/mod.rs", "glean_core::database::Database::record"),
            In("third_party/rust/glean-core/src/metrics/ping.rs", "glean_core::metrics::ping::PingType::submit_sync"),
            In("third_party/rust/rkv/src/backend/impl_safe/environment.rs", "rkv::backend::impl_safe::environment::EnvironmentImpl::write_to_disk"))),

        new("wgpu", CodeLanguage.Rust, "WebGPU", ThreadKind.Xpcom, ["gpu"], PlatformFamily.Desktop, 2, Symbols(
            In("third_party/rust/wgpu-core/src/device/resource.rs", "wgpu_core::device::resource::Device<A>::maintain"),
            In("third_party/rust/wgpu-core/src/command/render.rs", "wgpu_core::command::render::<impl wgpu_core::global::Global>::render_pass_end"),
            In("gfx/wgpu_bindings/src/server.rs", "wgpu_bindings::server::wgpu_server_device_action"))),

        new("audio", CodeLanguage.Rust, "AudioIPC Server RPC", ThreadKind.Rust, ["utility", "content"], PlatformFamily.All, 2, Symbols(
            In("third_party/rust/audioipc2-server/src/server.rs", "audioipc2_server::server::CubebServer::process_msg"),
            In("third_party/rust/audioipc2-client/src/stream.rs", "audioipc2_client::stream::ClientStream::init"),
            In("third_party/rust/cubeb-coreaudio/src/backend/mod.rs", "cubeb_coreaudio::backend::AudioUnitStream::start"),
            In("third_party/rust/cubeb-pulse/src/backend/stream.rs", "cubeb_pulse::backend::stream::PulseStream::start"))),
    ];
}
