import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { BuildingObject } from './dtos/building.object';
import { UnitObject } from './dtos/unit.object';
import { OrgPlaces } from './org-places.service';

/** Location pickers: the buildings of a project and the units of a building the caller may choose from. */
@Resolver()
export class OrgPlacesResolver {
  constructor(private readonly places: OrgPlaces) {}

  @Query(() => [BuildingObject], {
    description: "Buildings of a project in the caller's scope (an owner: those holding his units).",
  })
  buildings(@Args('projectId', { type: () => ID }) projectId: string): Promise<BuildingObject[]> {
    return this.places.buildings(projectId);
  }

  @Query(() => [UnitObject], { description: "Units of a building in the caller's scope (an owner: his own units)." })
  units(@Args('buildingId', { type: () => ID }) buildingId: string): Promise<UnitObject[]> {
    return this.places.units(buildingId);
  }
}
