import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth/public.decorator';
import { HealthService } from './health.service';

/** Probes for orchestrators: `/health` says the process lives, `/ready` that it can serve (database reachable). */
@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<{ status: string; database: string }> {
    const database = await this.health.databaseStatus();
    if (database !== 'ok') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: database === 'ok' ? 'ready' : 'not ready', database };
  }
}
