import { useQuery } from '@apollo/client/react';
import type { DataSourceName, OptionItem } from '@anxin/form-engine';
import { useMemo } from 'react';
import { PICKER_BUILDINGS, PICKER_UNITS } from './form-data.operations';
import type { PlaceParents } from './place-parents';

type Sources = Partial<Record<DataSourceName, readonly OptionItem[]>>;

const NONE: readonly OptionItem[] = [];

/**
 * The `buildings` and `units` data sources, cascading: the buildings of the chosen project, the units of the chosen
 * building (the API's `buildings` / `units` pickers, in the caller's scope). The options carry their parents as
 * attributes, as the server's do, so the form's `optionFilter` rules read them alike. Nothing chosen yet: no
 * options. A source still loading stays absent (its field says so, the server checks it).
 */
export function usePlaceSources(wanted: ReadonlySet<DataSourceName>, parents: PlaceParents): Sources {
  const { projectId, buildingId } = parents;
  const buildings = useQuery(PICKER_BUILDINGS, {
    variables: { projectId: projectId ?? '' },
    skip: !wanted.has('buildings') || !projectId,
  });
  const units = useQuery(PICKER_UNITS, {
    variables: { buildingId: buildingId ?? '' },
    skip: !wanted.has('units') || !buildingId,
  });
  const buildingRows = buildings.data?.buildings;
  const unitRows = units.data?.units;

  return useMemo(() => {
    const sources: Sources = {};
    if (wanted.has('buildings')) {
      if (!projectId) sources.buildings = NONE;
      else if (buildingRows) {
        sources.buildings = buildingRows.map((b) => ({
          value: b.id,
          label: b.name,
          attributes: { projectId: b.projectId },
        }));
      }
    }
    if (wanted.has('units')) {
      if (!buildingId) sources.units = NONE;
      else if (unitRows) {
        sources.units = unitRows.map((u) => ({
          value: u.id,
          label: u.code,
          attributes: { projectId: u.projectId, buildingId: u.buildingId },
        }));
      }
    }
    return sources;
  }, [wanted, projectId, buildingId, buildingRows, unitRows]);
}
