"""`hvgen import`: C headers -> spec YAML (parse -> merge/emit), or a comparison with a spec."""
