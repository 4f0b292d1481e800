//! Thin binary: the command line lives in the library (`newsclean::cli`), which parses the
//! arguments, runs and maps the outcome to an exit status.

fn main() -> std::process::ExitCode {
    newsclean::cli::main()
}
