"""Asset builders: each module turns sources under assets/src/ into files under assets/.

A builder module exposes ``build(src: Path, out: Path) -> list[Path]`` that writes
its files below ``out`` (mirroring the layout under ``assets/``) and returns them.
Builders must be deterministic: the same sources give byte-identical files, so
the test suite can check that what is committed matches its sources.
"""
